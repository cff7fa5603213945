// The page warning: banner + upload guard on a caution/danger page. Called by the content script with the
// background's verdict; the only part of the banner that talks to the extension (through content/content-runtime).
import { sendToBackground } from '../content/content-runtime';
import type { ScriptLife } from '../content/script-life';
import type { Verdict } from '../core/types';
import { createBannerHost, edgeFor, type BannerHost, type HostileAct } from './banner-host';
import { officialUrl, renderBanner, renderNote, renderQuestion, reportUrl, type BannerAction } from './banner-view';
import { armSubmitGuard } from './submit-guard';
import { kitI18n } from './kit-i18n';
import { holdsIdNumber } from './typed-number';
import { armUploadGuard } from './upload-guard';

export type GuardedAction = 'file' | 'drop' | 'camera' | 'number';

export interface PageWarning {
  /** Asks the person first; resolves true only if they confirm (or when nothing is guarded any more). */
  confirm(action: GuardedAction): Promise<boolean>;
  remove(): void;
}

const INERT: PageWarning = { confirm: async () => true, remove() {} };

/**
 * Acts against the warning (removing, restyling, covering it again) a document may commit before ID Guard stops
 * repairing and takes the tab to its own warning page. Honest pages commit none: a framework that replaces
 * <body> never touches the banner (a child of <html>), and a menu or dialog that opens over it once is not
 * counted (banner-host.ts FIGHT_WINDOW_MS). Five is "more than a few": a React hydration that clears <html> once,
 * or twice, stays far below it; a page fighting the banner reaches it within a second.
 */
export const HOSTILE_ACTS_TO_ESCALATE = 5;

let current: PageWarning | null = null;
/** Acts against the warning on this page (documentPage), across banners: a new verdict makes a new banner. */
const hostile = { page: '', acts: 0, escalated: false };
let currentKey = '';
/** Pages (origin + path) dismissed in this document: an SPA re-judging the same page must not bring it back. */
const dismissedHere = new Set<string>();

/**
 * This document's URL without its query and fragment (the page, whatever state it is in). Cut from document.URL
 * rather than read from `location` (the first touch of `location` in the content script's world builds its wrapper
 * with all its own properties: docs/performance.md) and not parsed with URL (the URL class's first use in that world
 * costs too, for a key that never leaves this document).
 */
export function documentPage(url: string): string {
  return url.replace(/[?#].*$/s, '');
}

/** Shows (or replaces) the warning for `verdict`; removes it when the verdict is no longer caution/danger. */
export function showPageWarning(life: ScriptLife, verdict: Verdict): PageWarning {
  // The sensor re-sends on late content and SPA navigation: the same verdict keeps the same banner, so a person
  // in the middle of reading it (or with focus on one of its links) is not interrupted by a re-render.
  const key = JSON.stringify(verdict);
  if (current && key === currentKey) return current;
  current?.remove();
  current = null;
  currentKey = key;
  const level = verdict.level;
  // verdict.dismissed: hidden on this page in an earlier visit (settings); dismissedHere: in this document;
  // badgeOnly: a typed ID number on a well-known site, where the badge says enough.
  if ((level !== 'caution' && level !== 'danger') || verdict.dismissed || verdict.badgeOnly || dismissedHere.has(documentPage(document.URL))) return INERT;
  const warning = mount(verdict, level);
  current = warning;
  life.onInvalidated(() => warning.remove());
  return warning;
}

function onHostile(_act: HostileAct): void {
  const page = documentPage(document.URL);
  if (hostile.page !== page) Object.assign(hostile, { page, acts: 0, escalated: false });
  if (hostile.escalated || ++hostile.acts < HOSTILE_ACTS_TO_ESCALATE) return;
  hostile.escalated = true;
  // The background checks that this tab is warned, and takes it to the extension's own warning page.
  void sendToBackground({ type: 'warning-attacked' }).catch(() => {});
}

/**
 * Keeps the caution bar off the page's focused field: after focus moves or the page scrolls, the bar goes to the
 * other edge of the viewport when the field is under it (banner-host.ts edgeFor).
 */
function keepFocusClear(banner: BannerHost, signal: AbortSignal): void {
  let frame = 0;
  const check = () => {
    frame = 0;
    const field = document.activeElement;
    if (!field || field === banner.host || field === document.body || field === document.documentElement) return;
    const bar = banner.layer.getBoundingClientRect();
    banner.setEdge(edgeFor(field.getBoundingClientRect(), bar.height, window.innerHeight, banner.edge()));
  };
  const soon = () => {
    frame ||= requestAnimationFrame(check);
  };
  window.addEventListener('focusin', soon, { capture: true, signal });
  window.addEventListener('scroll', soon, { capture: true, passive: true, signal });
  window.addEventListener('resize', soon, { passive: true, signal });
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
}

function mount(verdict: Verdict, level: 'caution' | 'danger'): PageWarning {
  const i18n = kitI18n();
  const banner = createBannerHost(document, level, { onHostile });
  const placement = new AbortController();
  let removed = false;
  let pending: Promise<boolean> | null = null;

  const remove = () => {
    if (removed) return;
    removed = true;
    guard.disarm();
    submitGuard?.disarm();
    placement.abort();
    banner.remove();
    if (current === warning) current = null;
  };

  const confirm = (kind: GuardedAction): Promise<boolean> => {
    if (removed) return Promise.resolve(true);
    // One question at a time: a page firing many requests gets one answer for all of them.
    pending ??= new Promise<boolean>((resolve) => {
      const question = renderQuestion(view.bar, verdict, i18n, kind, (ok) => {
        question.remove();
        pending = null;
        if (ok && kind === 'drop') renderNote(view.bar, i18n);
        resolve(ok);
      });
    });
    return pending;
  };

  const act = (action: BannerAction) => {
    switch (action) {
      case 'leave':
        if (history.length > 1) history.back();
        else location.assign(officialUrl(verdict) ?? 'about:blank');
        break;
      case 'report': {
        const url = reportUrl(verdict);
        if (url) window.open(url, '_blank', 'noopener,noreferrer');
        break;
      }
      case 'details':
        void sendToBackground({ type: 'open-details' }).catch(() => {});
        break;
      case 'trust':
        // Removed only once the background has it: a failed save must not silently drop the warning.
        void sendToBackground({ type: 'trust-sender-site' }).then(remove, () => {});
        break;
      case 'dismiss':
        dismissedHere.add(documentPage(document.URL));
        remove();
        void sendToBackground({ type: 'dismiss-sender-page' }).catch(() => {});
        break;
    }
  };

  const view = renderBanner(banner.layer, verdict, i18n, act);
  const guard = armUploadGuard(window, confirm);
  // Danger: a form is not sent off with an ID number the person typed until they confirm.
  const submitGuard = level === 'danger' ? armSubmitGuard(window, holdsIdNumber, () => confirm('number')) : null;
  // Caution informs without blocking; danger keeps its place at the top.
  if (level === 'caution') keepFocusClear(banner, placement.signal);
  const warning: PageWarning = { confirm, remove };
  return warning;
}
