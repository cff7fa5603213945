// The content script's orchestration: cheap first pass, one batched observer for late content and SPA
// navigation, the full scan only on a hint, signals to the background, and the camera watcher's requests.
// Everything hangs off one ScriptLife, so an extension reload or update tears it all down together.
// The full scan and the banner live in the page kit (lib/page-kit-api.ts), loaded on the first hint: this file
// may import only what the first pass needs, or it grows sensor.js again (issue 3's 25 KB budget).
import { sendToBackground } from './content-runtime';
import type { PageKit, ShownWarning as PageWarning } from './page-kit-api';
import type { Cue, PageSignals, Verdict } from '../core/types';
import { connectCameraBridge, type CameraRequest } from './camera-bridge';
import { hasFrames, quickCheck, quickCheckAdded } from '../scan/quick-check';
import type { ScriptLife } from './script-life';
import { plausibleIdValue, TYPING_PAUSE_MS } from './typed-numbers';

/** Mutation batches are handled in idle time, at most this late (ms) on a page that is never idle. */
const IDLE_TIMEOUT_MS = 1_000;
/** At most one re-check per this many ms (docs/performance.md); a late ID step is still seen within about a second. */
const MIN_RECHECK_GAP_MS = 1_000;
/**
 * A page that keeps changing with nothing to show for it (a feed, a ticker) is re-checked ever less often: the gap
 * doubles after each quiet re-check, up to this. A late ID step on such a page is still seen within ~8 s, and by
 * the next re-check of an SPA navigation or a page that calms down, which start again at MIN_RECHECK_GAP_MS.
 */
const MAX_RECHECK_GAP_MS = 8_000;
/** Mutation records kept for one re-check; more become one whole-document check. */
const MAX_PENDING_RECORDS = 1_000;
/** Frames whose load we watch (ads pages can have dozens of cross-origin frames; ID kits use one or two). */
const MAX_WATCHED_FRAMES = 10;
/** Attributes whose change can turn an element into an ID control (a text field becoming type=file…). */
const WATCHED_ATTRIBUTES = ['type', 'name', 'placeholder', 'aria-label', 'accept', 'capture'];
/**
 * While a verdict is shown the observer is off, so an SPA navigation (pushState, no reload) is noticed by polling
 * the URL this often. Only on pages with a verdict: every other page pays nothing for it.
 */
const NAVIGATION_POLL_MS = 1_000;

/** Shows (or updates) the warning for a caution/danger verdict and returns it; null for official/none. */
export type OnVerdict = (verdict: Verdict, kit: PageKit) => PageWarning | null;

/**
 * `loadKit` brings in the page kit; it is called at most once, on the first hint (the first pass alone never
 * loads it). The sensor keeps the PageWarning `onVerdict` returns to ask `confirm('camera')` when the page's
 * MAIN-world camera watcher reports a getUserMedia call.
 */
export function startSensor(life: ScriptLife, loadKit: () => Promise<PageKit>, onVerdict: OnVerdict): void {
  try {
    new Sensor(life, loadKit, onVerdict, document).start();
  } catch {
    // A page hostile enough to break our start-up gets no sensor, but keeps working.
  }
}

class Sensor {
  private observer: MutationObserver | null = null;
  /** The observer's batches as delivered, read only at the re-check (see queue). */
  private pending: MutationRecord[][] = [];
  private pendingRecords = 0;
  private wholeDocument = false;
  private scheduled = false;
  private lastCheck = -Infinity;
  private recheckGap = MIN_RECHECK_GAP_MS;
  /** Signature of the cues last sent; null when the background believes the page is quiet. */
  private sent: string | null = null;
  private verdict: Verdict | null = null;
  private warning: PageWarning | null = null;
  private camera: Cue[] = [];
  private errors = 0;
  private href: string;
  private polling = false;
  private cameraConnected = false;
  private kitLoading: Promise<PageKit> | null = null;
  /**
   * Fields where the person typed something shaped like an ID number: the kit checks each at the next report and
   * makes a cue of a valid one (kind and label, never the number). Kept while in the page, so a deleted number is
   * noticed too.
   */
  private typed = new Set<HTMLInputElement>();
  private typingPause = 0;

  constructor(
    private ctx: ScriptLife,
    private loadKit: () => Promise<PageKit>,
    private onVerdict: OnVerdict,
    private doc: Document,
  ) {
    // document.URL, not location.href: the first touch of `location` in a page's isolated world builds its wrapper
    // with all its own properties (docs/performance.md); both change with pushState and hashes.
    this.href = doc.URL;
  }

  start(): void {
    this.observe();
    // Back/forward within an SPA; pushState shows up as DOM changes (observer) or in the verdict-time poll.
    this.ctx.listen(window, 'popstate', () => this.checkLocation());
    this.ctx.onInvalidated(() => this.observer?.disconnect());
    this.watchFrames(this.doc);
    this.ctx.listen(window, 'input', (e) => this.typedInput(e), { capture: true, passive: true });
    if (this.safe(() => quickCheck(this.doc))) void this.report();
  }

  /**
   * Connects the MAIN-world camera watcher on the first hint, not on every page: a MessageChannel and its
   * postMessage cost a page with no cues too much (docs/performance.md). Until then the watcher lets getUserMedia through and reports the calls as already made
   * (`past`), which only matters on a page that opens the camera before showing any ID wording; without ID
   * wording a camera is not an ID request anyway (a video call).
   */
  private connectCamera(): void {
    if (this.cameraConnected) return;
    this.cameraConnected = true;
    const disconnect = connectCameraBridge(window, (req) => this.cameraRequested(req));
    this.ctx.onInvalidated(disconnect);
  }

  /**
   * Same-origin and srcdoc frames may still be loading at document_idle (Firefox often shows their initial
   * about:blank), and the observer does not see inside them: re-check the page when one finishes loading.
   */
  private watchFrames(root: Document | Element): void {
    const frames: Element[] = [];
    if (root.nodeName === 'IFRAME') frames.push(root as Element);
    else if (hasFrames(root as Document)) {
      // A live collection read only as far as we go (querySelectorAll would list the whole page's frames first).
      const list = root.getElementsByTagName('iframe');
      for (let i = 0, f = list[0]; f && frames.length < MAX_WATCHED_FRAMES; f = list[++i]) frames.push(f);
    }
    for (const f of frames) {
      this.ctx.listen(f as HTMLIFrameElement, 'load', () => {
        this.checkWholeDocument();
        this.observe();
        this.queue([]);
      });
    }
  }

  private safe<T>(fn: () => T): T | false {
    try {
      return fn();
    } catch {
      this.errors++;
      return false;
    }
  }

  private observe(): void {
    if (this.observer || !this.ctx.running) return;
    this.observer = new MutationObserver((records) => this.queue(records));
    this.observer.observe(this.doc, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  }

  private unobserve(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.clearPending();
  }

  private clearPending(): void {
    this.pending = [];
    this.pendingRecords = 0;
  }

  /** The next re-check looks at the whole document; the batches queued so far would add nothing to that. */
  private checkWholeDocument(): void {
    this.wholeDocument = true;
    this.clearPending();
  }

  /**
   * Batches records; the work happens later, in idle time. Keeps each batch as delivered, without reading a record:
   * the callback runs in the page's own microtask checkpoint once per page mutation batch (docs/performance.md),
   * so reading each record's node list here cost the page that much more, for a re-check that
   * reads only up to its text budget anyway.
   */
  private queue(records: MutationRecord[]): void {
    if (!this.wholeDocument) {
      this.pending.push(records);
      this.pendingRecords += records.length;
      // A page churning out records faster than we look: one whole-document check instead of a growing queue.
      if (this.pendingRecords > MAX_PENDING_RECORDS) this.checkWholeDocument();
    }
    if (this.scheduled) return;
    this.scheduled = true;
    const wait = Math.max(0, this.lastCheck + this.recheckGap - performance.now());
    this.ctx.setTimeout(() => this.ctx.whenIdle(() => this.recheck(), IDLE_TIMEOUT_MS), wait);
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

  /** True (and handled) when the page's URL changed since we last looked: an SPA navigation. */
  private checkLocation(): boolean {
    const href = this.doc.URL;
    if (href === this.href) return false;
    this.href = href;
    this.navigated();
    return true;
  }

  /** Polls the URL while a verdict is shown (the observer is off then); stops when the page goes quiet. */
  private pollLocation(): void {
    if (this.polling) return;
    this.polling = true;
    const tick = () => {
      if (!this.verdict) {
        this.polling = false;
        return;
      }
      this.checkLocation();
      this.ctx.setTimeout(tick, NAVIGATION_POLL_MS);
    };
    this.ctx.setTimeout(tick, NAVIGATION_POLL_MS);
  }

  private recheck(): void {
    this.scheduled = false;
    if (this.checkLocation()) return;
    this.lastCheck = performance.now();
    const whole = this.wholeDocument;
    const added = this.takeAdded(); // empty when the whole document is checked
    this.wholeDocument = false;
    const hint = this.safe(() =>
      whole ? quickCheck(this.doc) : quickCheckAdded(added, this.doc, (el) => el.nodeName === 'IFRAME' && this.watchFrames(el)),
    );
    this.recheckGap = hint ? MIN_RECHECK_GAP_MS : Math.min(2 * this.recheckGap, MAX_RECHECK_GAP_MS);
    if (hint || this.sent) void this.report();
  }

  /** SPA navigation: the page may have gained or lost its cues. */
  private navigated(): void {
    this.recheckGap = MIN_RECHECK_GAP_MS;
    this.typed.clear();
    this.observe();
    if (this.safe(() => quickCheck(this.doc))) void this.report();
    else if (this.sent) void this.quiet();
  }

  /** The page kit, loaded once; a failed load is forgotten so the next hint tries again. */
  private kit(): Promise<PageKit> {
    this.kitLoading ??= this.loadKit().catch((e: unknown) => {
      this.kitLoading = null;
      throw e;
    });
    return this.kitLoading;
  }

  /** Full scan; sends the signals when they say something and differ from what the background has. */
  private async report(): Promise<void> {
    let signals: PageSignals;
    let kit: PageKit;
    // About to talk to the extension: an updated or removed extension leaves this copy cut off, and it stops here.
    if (!this.ctx.isValid) return;
    this.safe(() => this.connectCamera());
    try {
      kit = await this.kit();
      const typed = [...this.typed].map((field) => kit.typedIdCue(field));
      signals = kit.scanPage(this.doc, { extra: [...this.camera, ...(typed.filter(Boolean) as Cue[])] });
    } catch {
      this.errors++;
      return;
    }
    signals.errors += this.errors;
    // Strict mode's view (weak counts): the background applies the person's setting.
    const request = kit.readCues(signals.cues);
    if (request.strength === 'none' && !request.offer) {
      if (this.sent) await this.quiet();
      return;
    }
    const signature = JSON.stringify(signals.cues);
    if (signature === this.sent) return;
    this.sent = signature;
    let verdict: Verdict | null = null;
    try {
      verdict = (await sendToBackground({ type: 'page-signals', signals })) ?? null;
    } catch {
      this.errors++; // background not ready or extension reloading: we try again on the next change
      this.sent = null;
    }
    if (!verdict || !this.ctx.isValid) return;
    this.show(verdict, kit);
    // A warned or official page has its answer: stop watching (SPA navigation re-arms the observer).
    if (verdict.level !== 'none') {
      this.unobserve();
      this.pollLocation();
    }
  }

  private show(verdict: Verdict, kit: PageKit): void {
    this.verdict = verdict;
    this.warning?.remove();
    this.warning = null;
    try {
      this.warning = this.onVerdict(verdict, kit);
    } catch {
      this.errors++;
    }
  }

  private async quiet(): Promise<void> {
    this.sent = null;
    this.verdict = null;
    this.warning?.remove();
    this.warning = null;
    this.observe();
    try {
      await sendToBackground({ type: 'page-quiet' });
    } catch {
      this.errors++;
    }
  }

  /**
   * Input in a field (composedPath()[0]: also inside an open shadow root), never a password: once it pauses, a
   * report, where the kit checks the fields typed in (see `typed`; the kit reads <input>s only). E-mail, date and
   * other values are never ID-shaped, and an element with no value (contenteditable) never is either.
   */
  private typedInput(e: Event): void {
    const field = e.composedPath()[0] as HTMLInputElement;
    if (field.type === 'password' || !(this.typed.has(field) || plausibleIdValue(field.value))) return;
    this.typed.add(field);
    clearTimeout(this.typingPause);
    // report() stops at once when the extension is gone.
    this.typingPause = setTimeout(() => void this.report(), TYPING_PAUSE_MS) as unknown as number;
  }

  /** A getUserMedia call for video: a cue that can only raise suspicion. Resolves true to let it through. */
  private async cameraRequested(req: CameraRequest): Promise<boolean> {
    const evidence = req.facing === 'user' ? 'getUserMedia (front camera)' : 'getUserMedia';
    // No document of its own: a video call is not an ID request; ID wording on the page ties the camera to one.
    if (!this.camera.length) this.camera.push({ kind: 'camera', evidence });
    const before = this.verdict;
    await this.report();
    if (req.past) return true;
    const warning = this.warning;
    if (!warning || (this.verdict ?? before)?.level === 'official') return true;
    return warning.confirm('camera');
  }
}
