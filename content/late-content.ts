// Late content: one MutationObserver for everything a page adds after the sensor's first look, batched and handed
// over in idle time, with a re-check gap that grows on a page that keeps changing with nothing to show for it
// (after Dark Reader's optimized tree observer and Bitwarden's idle queue). It only says what changed; what that
// means is the sensor's business. Why each timing is what it is: docs/performance.md.
import type { ScriptLife } from './script-life';

/** Mutation batches are handled in idle time, at most this late (ms) on a page that is never idle. */
export const IDLE_TIMEOUT_MS = 1_000;
/** At most one re-check per this many ms; a late ID step is still seen within about a second. */
export const MIN_RECHECK_GAP_MS = 1_000;
/**
 * A page that keeps changing with nothing to show for it (a feed, a ticker) is re-checked ever less often: the gap
 * doubles after each quiet re-check, up to this. A late ID step on such a page is still seen within ~8 s.
 */
export const MAX_RECHECK_GAP_MS = 8_000;
/** Mutation records kept for one re-check; more become one whole-document check. */
export const MAX_PENDING_RECORDS = 1_000;
/** Frames whose load we watch (ads pages can have dozens of cross-origin frames; ID kits use one or two). */
export const MAX_WATCHED_FRAMES = 10;
/** Attributes whose change can turn an element into an ID control (a text field becoming type=file…). */
export const WATCHED_ATTRIBUTES = ['type', 'name', 'placeholder', 'aria-label', 'accept', 'capture'];

/** What changed since the last re-check: the added nodes (and changed elements), or the whole document. */
export type LateContent = { whole: true } | { whole: false; added: ArrayLike<Node>[] };

/**
 * Watches `doc` while started. `recheck` runs in idle time with what changed and answers whether it saw a hint:
 * a hint keeps the gap short, nothing doubles it.
 */
export class LateContentObserver {
  private observer: MutationObserver | null = null;
  /** The observer's batches as delivered, read only at the re-check (see queue). */
  private pending: MutationRecord[][] = [];
  private pendingRecords = 0;
  private whole = false;
  private scheduled = false;
  private lastCheck = -Infinity;
  private gap = MIN_RECHECK_GAP_MS;

  constructor(
    private readonly life: ScriptLife,
    private readonly doc: Document,
    private readonly recheck: (late: LateContent) => boolean,
  ) {
    life.onInvalidated(() => this.observer?.disconnect());
  }

  get watching(): boolean {
    return !!this.observer;
  }

  start(): void {
    if (this.observer || !this.life.running) return;
    this.observer = new MutationObserver((records) => this.queue(records));
    this.observer.observe(this.doc, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.clearPending();
  }

  /** Back to the short gap (an SPA navigation: the page is new). */
  resetGap(): void {
    this.gap = MIN_RECHECK_GAP_MS;
  }

  /**
   * Same-origin and srcdoc frames may still be loading at document_idle (Firefox often shows their initial
   * about:blank), and the observer does not see inside them: the whole page is re-checked when one finishes loading.
   */
  watchFrames(root: Document | Element, hasFrames: (doc: Document) => boolean): void {
    const frames: Element[] = [];
    if (root.nodeName === 'IFRAME') frames.push(root as Element);
    else if (hasFrames(root as Document)) {
      // A live collection read only as far as we go (querySelectorAll would list the whole page's frames first).
      const list = root.getElementsByTagName('iframe');
      for (let i = 0, f = list[0]; f && frames.length < MAX_WATCHED_FRAMES; f = list[++i]) frames.push(f);
    }
    for (const f of frames) {
      this.life.listen(f as HTMLIFrameElement, 'load', () => {
        this.checkWholeDocument();
        this.start();
        this.queue([]);
      });
    }
  }

  private clearPending(): void {
    this.pending = [];
    this.pendingRecords = 0;
  }

  /** The next re-check looks at the whole document; the batches queued so far would add nothing to that. */
  private checkWholeDocument(): void {
    this.whole = true;
    this.clearPending();
  }

  /**
   * Batches records; the work happens later, in idle time. Keeps each batch as delivered, without reading a record:
   * the callback runs in the page's own microtask checkpoint once per page mutation batch, so reading each record's
   * node list here would cost the page that much more, for a re-check that reads only up to its text budget anyway.
   */
  private queue(records: MutationRecord[]): void {
    if (!this.whole) {
      this.pending.push(records);
      this.pendingRecords += records.length;
      // A page churning out records faster than we look: one whole-document check instead of a growing queue.
      if (this.pendingRecords > MAX_PENDING_RECORDS) this.checkWholeDocument();
    }
    if (this.scheduled) return;
    this.scheduled = true;
    const wait = Math.max(0, this.lastCheck + this.gap - performance.now());
    this.life.setTimeout(() => this.life.whenIdle(() => this.run(), IDLE_TIMEOUT_MS), wait);
  }

  /** Empties the queue: the pending batches' added nodes (and changed elements), as node lists. */
  private takeAdded(): ArrayLike<Node>[] {
    const added: ArrayLike<Node>[] = [];
    for (const batch of this.pending) {
      for (const r of batch) {
        if (r.type === 'attributes') added.push([r.target]);
        else if (r.addedNodes.length) added.push(r.addedNodes);
      }
    }
    this.clearPending();
    return added;
  }

  private run(): void {
    this.scheduled = false;
    this.lastCheck = performance.now();
    const late: LateContent = this.whole ? { whole: true } : { whole: false, added: this.takeAdded() };
    this.whole = false;
    this.clearPending();
    const hint = this.recheck(late);
    this.gap = hint ? MIN_RECHECK_GAP_MS : Math.min(2 * this.gap, MAX_RECHECK_GAP_MS);
  }
}
