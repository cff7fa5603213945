// The every-page content script as a small state machine over one late-content observer:
//   quiet    → the first pass saw no hint; the observer watches for late content;
//   hinted   → a hint: the page kit is loading and the full scan runs;
//   reported → the signals went to the background, which saw nothing to warn about; still watching;
//   warned   → the background gave a level (caution, danger or official): the observer is off and an SPA
//              navigation is noticed by polling the URL, which starts again from quiet.
// Everything hangs off one ScriptLife, so an extension reload or update tears it all down together.
// The full scan and the banner live in the page kit (content/page-kit-api.ts), loaded on the first hint: this file
// may import only what the first pass needs (tests/unit/boundaries.test.ts, tests/e2e/bundle-size.e2e.ts).
import { sendToBackground } from './content-runtime';
import type { PageKit, ShownWarning } from './page-kit-api';
import type { Cue, PageSignals, Verdict } from '../core/types';
import { connectCameraBridge, type CameraRequest } from './camera-bridge';
import { LateContentObserver, MIN_RECHECK_GAP_MS, type LateContent } from './late-content';
import { hasFrames, quickCheck, quickCheckAdded } from '../scan/quick-check';
import type { ScriptLife } from './script-life';

/**
 * While a verdict is shown the observer is off, so an SPA navigation (pushState, no reload) is noticed by polling
 * the URL this often. Only on pages with a verdict: every other page pays nothing for it.
 */
export const NAVIGATION_POLL_MS = MIN_RECHECK_GAP_MS;

export type SensorState = 'quiet' | 'hinted' | 'reported' | 'warned';

/** Shows (or updates) the warning for a caution/danger verdict and returns it; null for official/none. */
export type OnVerdict = (verdict: Verdict, kit: PageKit) => ShownWarning | null;

/**
 * `loadKit` brings in the page kit; it is called at most once, on the first hint (the first pass alone never
 * loads it). The sensor keeps the warning `onVerdict` returns to ask `confirm('camera')` when the page's
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
  private state: SensorState = 'quiet';
  private readonly late: LateContentObserver;
  /** Signature of the cues last sent; null when the background believes the page is quiet. */
  private sent: string | null = null;
  private verdict: Verdict | null = null;
  private warning: ShownWarning | null = null;
  private camera: Cue[] = [];
  private errors = 0;
  private href: string;
  private polling = false;
  private cameraConnected = false;
  private kitLoading: Promise<PageKit> | null = null;

  constructor(
    private ctx: ScriptLife,
    private loadKit: () => Promise<PageKit>,
    private onVerdict: OnVerdict,
    private doc: Document,
  ) {
    // document.URL, not location.href: the first touch of `location` in a page's isolated world builds its wrapper
    // with all its own properties (docs/performance.md); both change with pushState and hashes.
    this.href = doc.URL;
    this.late = new LateContentObserver(ctx, doc, (late) => this.recheck(late));
  }

  start(): void {
    this.late.start();
    // Back/forward within an SPA; pushState shows up as DOM changes (observer) or in the verdict-time poll.
    this.ctx.listen(window, 'popstate', () => this.checkLocation());
    this.late.watchFrames(this.doc, hasFrames);
    if (this.safe(() => quickCheck(this.doc))) void this.report();
  }

  /**
   * Connects the MAIN-world camera watcher on the first hint, not on every page (a MessageChannel and its
   * postMessage cost a quiet page too much; docs/performance.md). Until then the watcher lets getUserMedia through
   * and reports the calls as already made (`past`), which only matters on a page that opens the camera before
   * showing any ID wording; without ID wording a camera is not an ID request anyway (a video call).
   */
  private connectCamera(): void {
    if (this.cameraConnected) return;
    this.cameraConnected = true;
    const disconnect = connectCameraBridge(window, (req) => this.cameraRequested(req));
    this.ctx.onInvalidated(disconnect);
  }

  private safe<T>(fn: () => T): T | false {
    try {
      return fn();
    } catch {
      this.errors++;
      return false;
    }
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

  /** The observer's idle-time look at late content; true when it saw a hint (or the page navigated). */
  private recheck(late: LateContent): boolean {
    if (this.checkLocation()) return true;
    const hint = this.safe(() =>
      late.whole
        ? quickCheck(this.doc)
        : quickCheckAdded(late.added, this.doc, (el) => el.nodeName === 'IFRAME' && this.late.watchFrames(el, hasFrames)),
    );
    if (hint || this.sent) void this.report();
    return !!hint;
  }

  /** SPA navigation: the page may have gained or lost its cues. */
  private navigated(): void {
    this.late.resetGap();
    this.late.start();
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
    if (this.state === 'quiet') this.state = 'hinted';
    this.safe(() => this.connectCamera());
    try {
      kit = await this.kit();
      signals = kit.scanPage(this.doc, { extra: this.camera });
    } catch {
      this.errors++;
      if (this.state === 'hinted') this.state = 'quiet'; // the next hint tries again
      return;
    }
    signals.errors += this.errors;
    // Strict mode's view (weak counts): the background applies the person's setting.
    const request = kit.readCues(signals.cues);
    if (request.strength === 'none' && !request.offer) {
      if (this.sent) await this.quiet();
      else this.state = 'quiet';
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
    this.state = verdict.level === 'none' ? 'reported' : 'warned';
    // A warned or official page has its answer: stop watching (SPA navigation re-arms the observer).
    if (this.state === 'warned') {
      this.late.stop();
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
    this.state = 'quiet';
    this.sent = null;
    this.verdict = null;
    this.warning?.remove();
    this.warning = null;
    this.late.start();
    try {
      await sendToBackground({ type: 'page-quiet' });
    } catch {
      this.errors++;
    }
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
