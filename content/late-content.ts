// Late content: one MutationObserver for everything a page adds after the sensor's first look, batched and handed
// over in idle time, with a re-check gap that grows on a page that keeps changing with nothing to show for it
// (after Dark Reader's optimized tree observer and Bitwarden's idle queue). It only says what changed; what that
// means is the sensor's business. Closures rather than a class: sensor.js runs on every page, and a minifier can
// shorten local names but not property names.
import { hasFrames } from '../scan/quick-check';
import type { ScriptLife } from './script-life';

/** Mutation batches are handled in idle time, at most this late (ms) on a page that is never idle. */
export const IDLE_TIMEOUT_MS = 1_000;
/** At most one re-check per this many ms (docs/performance.md); a late ID step is still seen within about a second. */
export const MIN_RECHECK_GAP_MS = 1_000;
/**
 * A page that keeps changing with nothing to show for it (a feed, a ticker) is re-checked ever less often: the gap
 * doubles after each quiet re-check, up to this. A late ID step on such a page is still seen within ~8 s, and by
 * the next re-check of an SPA navigation or a page that calms down, which start again at MIN_RECHECK_GAP_MS.
 */
export const MAX_RECHECK_GAP_MS = 8_000;
/** Mutation records kept for one re-check; more become one whole-document check. */
export const MAX_PENDING_RECORDS = 1_000;
/** Frames whose load we watch (ads pages can have dozens of cross-origin frames; ID kits use one or two). */
export const MAX_WATCHED_FRAMES = 10;
/** Attributes whose change can turn an element into an ID control (a text field becoming type=file…). */
export const WATCHED_ATTRIBUTES = ['type', 'name', 'placeholder', 'aria-label', 'accept', 'capture'];

/** What changed since the last re-check: the added nodes (and changed elements) as node lists, or null: the whole document. */
export type LateContent = ArrayLike<Node>[] | null;

export interface LateContentObserver {
  /** Starts watching (again); does nothing while watching or once the script is cut off. */
  start(): void;
  /** Stops watching and drops what was queued. */
  stop(): void;
  /** Back to the short gap (an SPA navigation: the page is new). */
  resetGap(): void;
  /**
   * Re-checks the whole document when a frame in `root` (or `root` itself, an iframe) finishes loading: same-origin
   * and srcdoc frames may still be loading at document_idle (Firefox often shows their initial about:blank), and
   * the observer does not see inside them.
   */
  watchFrames(root: Document | Element): void;
}

/**
 * Watches `doc` while started. `recheck` runs in idle time with what changed and answers whether it saw a hint:
 * a hint keeps the gap short, nothing doubles it.
 */
export function observeLateContent(life: ScriptLife, doc: Document, recheck: (late: LateContent) => unknown): LateContentObserver {
  let observer: MutationObserver | null = null;
  /** The observer's batches as delivered, read only at the re-check (see queue); null: the whole document. */
  let pending: MutationRecord[][] | null = [];
  let pendingRecords = 0;
  let scheduled = false;
  let lastCheck = -Infinity;
  let gap = MIN_RECHECK_GAP_MS;

  const run = () => {
    scheduled = false;
    lastCheck = performance.now();
    let late: LateContent = null;
    if (pending) {
      late = [];
      for (const batch of pending) {
        for (const r of batch) {
          if (r.type === 'attributes') late.push([r.target]);
          else if (r.addedNodes.length) late.push(r.addedNodes);
        }
      }
    }
    pending = [];
    pendingRecords = 0;
    gap = recheck(late) ? MIN_RECHECK_GAP_MS : Math.min(2 * gap, MAX_RECHECK_GAP_MS);
  };

  /**
   * Batches records; the work happens later, in idle time. Keeps each batch as delivered, without reading a record:
   * the callback runs in the page's own microtask checkpoint once per page mutation batch (docs/performance.md),
   * so reading each record's node list here would cost the page that much more, for a re-check that reads only
   * up to its text budget anyway. A page churning out records faster than we look gets one whole-document check
   * instead of a growing queue.
   */
  const queue = (records: MutationRecord[]) => {
    if (pending && (pendingRecords += records.length) > MAX_PENDING_RECORDS) pending = null;
    pending?.push(records);
    if (scheduled) return;
    scheduled = true;
    life.setTimeout(() => life.whenIdle(run, IDLE_TIMEOUT_MS), Math.max(0, lastCheck + gap - performance.now()));
  };

  const late: LateContentObserver = {
    start() {
      if (observer || !life.running) return;
      observer = new MutationObserver(queue);
      observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    },
    stop() {
      observer?.disconnect();
      observer = null;
      pending = [];
      pendingRecords = 0;
    },
    resetGap() {
      gap = MIN_RECHECK_GAP_MS;
    },
    watchFrames(root) {
      const frames: Element[] = [];
      if (root.nodeName === 'IFRAME') frames.push(root as Element);
      else if (hasFrames(root as Document)) {
        // A live collection read only as far as we go (querySelectorAll would list the whole page's frames first).
        const list = root.getElementsByTagName('iframe');
        for (let i = 0, f = list[0]; f && frames.length < MAX_WATCHED_FRAMES; f = list[++i]) frames.push(f);
      }
      for (const f of frames) {
        life.listen(f, 'load', () => {
          late.start();
          pending = null;
          queue([]);
        });
      }
    },
  };
  life.onInvalidated(() => observer?.disconnect());
  return late;
}
