// The every-page content script as a small state machine over one late-content observer (late-content.ts):
//   quiet    → the first pass saw no hint (or the full scan found nothing); the observer watches for late content;
//   hinted   → a hint: the page kit is loading and the full scan runs;
//   reported → the signals went to the background, which saw nothing to warn about; still watching, and a change
//              is reported again (or the page said quiet when its cues are gone);
//   warned   → the background gave a level (caution, danger or official): the observer is off and an SPA
//              navigation is noticed by polling the URL, which starts again from quiet.
// Everything hangs off one ScriptLife, so an extension reload or update tears it all down together.
// The full scan and the banner live in the page kit (content/page-kit-api.ts), loaded on the first hint: this file
// may import only what the first pass needs (tests/unit/boundaries.test.ts, tests/e2e/bundle-size.e2e.ts).
// Closures rather than a class, as in late-content.ts: a minifier shortens local names, not property names.
import { connectCameraBridge, type CameraRequest } from './camera-bridge';
import { sendToBackground } from './content-runtime';
import { MIN_RECHECK_GAP_MS, observeLateContent } from './late-content';
import type { PageKit, ShownWarning } from './page-kit-api';
import type { ScriptLife } from './script-life';
import { plausibleIdValue, TYPING_PAUSE_MS } from './typed-numbers';
import type { Cue, PageSignals, Verdict } from '../core/types';
import { quickCheck, quickCheckAdded } from '../scan/quick-check';

/**
 * While a verdict is shown the observer is off, so an SPA navigation (pushState, no reload) is noticed by polling
 * the URL this often: as soon as the observer would have re-checked. Only on warned pages: every other page pays
 * nothing for it.
 */
export const NAVIGATION_POLL_MS = MIN_RECHECK_GAP_MS;

export type SensorState = 'quiet' | 'hinted' | 'reported' | 'warned';

/** Shows (or updates) the warning for a caution/danger verdict and returns it; null for official/none. */
export type OnVerdict = (verdict: Verdict, kit: PageKit) => ShownWarning | null;

/**
 * Starts the sensor on `doc`. `loadKit` brings in the page kit, on the first hint (the first pass alone never
 * loads it); a failed load is tried again on the next hint. The sensor keeps the warning `onVerdict` returns to
 * ask `confirm('camera')` when the page's MAIN-world camera watcher reports a getUserMedia call. Returns the
 * state, for tests; undefined when a page hostile enough to break the start-up got no sensor (it keeps working).
 */
export function startSensor(
  life: ScriptLife,
  loadKit: () => Promise<PageKit>,
  onVerdict: OnVerdict,
  doc: Document = document,
): (() => SensorState) | undefined {
  let state: SensorState = 'quiet';
  /** Signature of the cues last sent; null when the background believes the page is quiet. */
  let sent: string | null = null;
  let warning: ShownWarning | null = null;
  const camera: Cue[] = [];
  let errors = 0;
  // document.URL, not location.href: the first touch of `location` in a page's isolated world builds its wrapper
  // with all its own properties (docs/performance.md); both change with pushState and hashes.
  let href = doc.URL;
  let polling = false;
  let cameraConnected = false;
  let kitLoading: Promise<PageKit> | null = null;
  /**
   * Fields where the person typed something shaped like an ID number: the kit checks each at the next report and
   * makes a cue of a valid one (kind and label, never the number). Kept while in the page, so a deleted number is
   * noticed too.
   */
  const typed = new Set<HTMLInputElement>();
  let typingPause = 0;

  const safe = <T>(fn: () => T): T | false => {
    try {
      return fn();
    } catch {
      errors++;
      return false;
    }
  };

  /** The page's first pass: a hint starts a report. */
  const firstPass = () => {
    const hint = safe(() => quickCheck(doc));
    if (hint) void report();
    return hint;
  };

  /** True (and handled) when the page's URL changed since we last looked: an SPA navigation. */
  const checkLocation = (): boolean => {
    if (doc.URL === href) return false;
    href = doc.URL;
    // The page may have gained or lost its cues: back to quiet's short gap, watching, fields forgotten.
    late.resetGap();
    late.start();
    typed.clear();
    if (!firstPass() && sent) void quiet();
    return true;
  };

  /** The observer's idle-time look at late content; true when it saw a hint (or the page navigated). */
  const late = observeLateContent(life, doc, (added) => {
    if (checkLocation()) return true;
    const hint = safe(() => (added ? quickCheckAdded(added, doc, late.watchFrames) : quickCheck(doc)));
    if (hint || sent) void report();
    return hint;
  });

  /**
   * Connects the MAIN-world camera watcher on the first hint, not on every page: a MessageChannel and its
   * postMessage cost a page with no cues too much (docs/performance.md). Until then the watcher lets getUserMedia
   * through and reports the calls as already made (`past`), which only matters on a page that opens the camera
   * before showing any ID wording; without ID wording a camera is not an ID request anyway (a video call).
   */
  const connectCamera = () => {
    if (cameraConnected) return;
    cameraConnected = true;
    life.onInvalidated(connectCameraBridge(window, cameraRequested));
  };

  /** Polls the URL while warned (the observer is off then); stops when the page leaves that state. */
  const pollLocation = () => {
    if (polling) return;
    polling = true;
    const tick = () => {
      if (state !== 'warned') polling = false;
      else {
        checkLocation();
        life.setTimeout(tick, NAVIGATION_POLL_MS);
      }
    };
    life.setTimeout(tick, NAVIGATION_POLL_MS);
  };

  const dropWarning = () => {
    warning?.remove();
    warning = null;
  };

  const show = (verdict: Verdict, kit: PageKit) => {
    dropWarning();
    try {
      warning = onVerdict(verdict, kit);
    } catch {
      errors++;
    }
  };

  /** The page has no cues (any more): off the banner, watching again, and the background told. */
  const quiet = async () => {
    state = 'quiet';
    sent = null;
    dropWarning();
    late.start();
    try {
      await sendToBackground({ type: 'page-quiet' });
    } catch {
      errors++;
    }
  };

  /** Full scan; sends the signals when they say something and differ from what the background has. */
  const report = async (): Promise<void> => {
    let signals: PageSignals;
    let kit: PageKit;
    // About to talk to the extension: an updated or removed extension leaves this copy cut off, and it stops here.
    if (!life.isValid) return;
    if (state === 'quiet') state = 'hinted';
    safe(connectCamera);
    try {
      kit = await (kitLoading ??= loadKit().catch((e: unknown) => {
        kitLoading = null;
        throw e;
      }));
      const typedCues = [...typed].map((field) => kit.typedIdCue(field)).filter(Boolean) as Cue[];
      signals = kit.scanPage(doc, { extra: [...camera, ...typedCues] });
    } catch {
      errors++;
      if (state === 'hinted') state = 'quiet'; // the next hint tries again
      return;
    }
    signals.errors += errors;
    // Strict mode's view (weak counts): the background applies the person's setting.
    const request = kit.readCues(signals.cues);
    if (request.strength === 'none' && !request.offer) {
      if (sent) await quiet();
      else state = 'quiet';
      return;
    }
    const signature = JSON.stringify(signals.cues);
    if (signature === sent) {
      // Nothing new (an SPA route with the same request): a warned page goes back to not watching.
      if (state === 'warned') late.stop();
      return;
    }
    sent = signature;
    let verdict: Verdict | undefined;
    try {
      verdict = await sendToBackground({ type: 'page-signals', signals });
    } catch {
      errors++; // background not ready or extension reloading: we try again on the next change
      sent = null;
    }
    if (!verdict || !life.isValid) return;
    show(verdict, kit);
    state = verdict.level === 'none' ? 'reported' : 'warned';
    // A warned or official page has its answer: stop watching (SPA navigation re-arms the observer).
    if (state === 'warned') {
      late.stop();
      pollLocation();
    }
  };

  /**
   * Input in a field (composedPath()[0]: also inside an open shadow root), never a password: once it pauses, a
   * report, where the kit checks the fields typed in (see `typed`; the kit reads <input>s only). E-mail, date and
   * other values are never ID-shaped, and an element with no value (contenteditable) never is either.
   */
  const typedInput = (e: Event) => {
    const field = e.composedPath()[0] as HTMLInputElement;
    if (field.type === 'password' || !(typed.has(field) || plausibleIdValue(field.value))) return;
    typed.add(field);
    clearTimeout(typingPause);
    // report() stops at once when the extension is gone.
    typingPause = setTimeout(report, TYPING_PAUSE_MS) as unknown as number;
  };

  /** A getUserMedia call for video: a cue that can only raise suspicion. Resolves true to let it through. */
  async function cameraRequested(req: CameraRequest): Promise<boolean> {
    // No document of its own: a video call is not an ID request; ID wording on the page ties the camera to one.
    if (!camera.length) camera.push({ kind: 'camera', evidence: req.facing === 'user' ? 'getUserMedia (front camera)' : 'getUserMedia' });
    await report();
    // A warning is shown only for caution and danger (an official or quiet page has none): it asks first.
    return req.past || !warning || warning.confirm('camera');
  }

  try {
    late.start();
    // Back/forward within an SPA; pushState shows up as DOM changes (observer) or in the warned-time poll.
    life.listen(window, 'popstate', checkLocation);
    late.watchFrames(doc);
    life.listen(window, 'input', typedInput, { capture: true, passive: true });
    firstPass();
    return () => state;
  } catch {
    // A page hostile enough to break our start-up gets no sensor, but keeps working.
    return undefined;
  }
}
