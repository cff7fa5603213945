// The content script's lifetime: timers, idle callbacks and listeners that stop firing once the extension is
// gone (reloaded, updated or removed leaves the old copy running in open pages, cut off from the extension).
// Does for us the part of WXT's ContentScriptContext we used, without its start-up work on every page: it
// announced itself with a DOM event a page could listen for, and a location watcher that polled every second.
//
// The connection is probed only when the script is about to talk to the extension (`isValid`): probing reads
// `chrome.runtime`, which builds its bindings in the page's isolated world (content-runtime.ts), work a
// page with no ID cues never needs. Until a probe finds the
// extension gone, timers and listeners simply run; their work is the cheap first pass.

/** How a script tells it is still connected; `extensionConnected` in the extension, a stub in unit tests. */
export type Connected = () => boolean;

export class ScriptLife {
  private ended = false;
  private readonly cleanups = new Set<() => void>();

  constructor(private readonly connected: Connected) {}

  /** Probes the connection: true while the extension is there; the probe that finds it gone runs the clean-ups. */
  get isValid(): boolean {
    if (!this.ended && !this.safeConnected()) this.end();
    return !this.ended;
  }

  /** False once a probe found the extension gone. Does not probe. */
  get running(): boolean {
    return !this.ended;
  }

  /** Runs `fn` once, when the script is found cut off (or at once if it already is). */
  onInvalidated(fn: () => void): () => void {
    if (this.ended) fn();
    else this.cleanups.add(fn);
    return () => this.cleanups.delete(fn);
  }

  /** Adds a listener that goes away with the script. */
  listen<K extends string>(target: EventTarget, type: K, fn: (e: Event) => void, options?: AddEventListenerOptions): void {
    // removeEventListener rather than an AbortSignal: an AbortController is one more interface to build in a
    // page's fresh isolated world, on every page.
    const listener = (e: Event) => {
      if (!this.ended) fn(e);
    };
    target.addEventListener(type, listener, options);
    this.onInvalidated(() => target.removeEventListener(type, listener, options));
  }

  setTimeout(fn: () => void, ms: number): void {
    // The clean-up is forgotten once the timer fires: a long-lived page re-checked for hours must not pile them up.
    const forget = this.onInvalidated(() => clearTimeout(id));
    const id = setTimeout(() => {
      forget();
      if (!this.ended) fn();
    }, ms);
  }

  /** requestIdleCallback where the browser has it, a short timeout where it does not (older Safari-like engines). */
  whenIdle(fn: () => void, timeoutMs: number): void {
    const run = () => {
      if (!this.ended) fn();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
    else setTimeout(run, 1);
  }

  private safeConnected(): boolean {
    try {
      return this.connected();
    } catch {
      return false;
    }
  }

  private end(): void {
    this.ended = true;
    const fns = [...this.cleanups];
    this.cleanups.clear();
    for (const fn of fns) {
      try {
        fn();
      } catch {
        // one failing clean-up must not keep the others from running
      }
    }
  }
}
