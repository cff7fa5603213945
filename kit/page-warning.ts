// The page warning: banner + upload guard on a caution/danger page. Called by the content script with the
// background's verdict; the only part of the banner that talks to the extension (through lib/content-runtime).
import { sendToBackground, uiLanguage } from '../content/content-runtime';
import type { ScriptLife } from '../content/script-life';
import type { Verdict } from '../core/types';
import { createBannerHost } from './banner-host';
import { officialUrl, renderBanner, renderNote, renderQuestion, reportUrl, type BannerAction } from './banner-view';
import { armSubmitGuard } from './submit-guard';
import { holdsIdNumber } from './typed-number';
import { armUploadGuard } from './upload-guard';

export type GuardedAction = 'file' | 'drop' | 'camera' | 'number';

export interface PageWarning {
  /** Asks the person first; resolves true only if they confirm (or when nothing is guarded any more). */
  confirm(action: GuardedAction): Promise<boolean>;
  remove(): void;
}

const INERT: PageWarning = { confirm: async () => true, remove() {} };

let current: PageWarning | null = null;
let currentKey = '';
/** Pages (origin + path) dismissed in this document: an SPA re-judging the same page must not bring it back. */
const dismissedHere = new Set<string>();

/**
 * This document's URL without its query and fragment (the page, whatever state it is in). Cut from document.URL
 * rather than read from `location` (the first touch of `location` in the content script's world builds its wrapper
 * with all its own properties, ~4 ms in a CPU profile of the bench's ID-form page) and not parsed with URL (the
 * URL class's first use in that world costs too, for a key that never leaves this document).
 */
export function pageKey(url: string): string {
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
  if ((level !== 'caution' && level !== 'danger') || verdict.dismissed || verdict.badgeOnly || dismissedHere.has(pageKey(document.URL))) return INERT;
  const warning = mount(verdict, level);
  current = warning;
  life.onInvalidated(() => warning.remove());
  return warning;
}

function mount(verdict: Verdict, level: 'caution' | 'danger'): PageWarning {
  const lang = uiLanguage();
  const banner = createBannerHost(document, level);
  let removed = false;
  let pending: Promise<boolean> | null = null;

  const remove = () => {
    if (removed) return;
    removed = true;
    guard.disarm();
    submitGuard?.disarm();
    banner.remove();
    if (current === warning) current = null;
  };

  const confirm = (kind: GuardedAction): Promise<boolean> => {
    if (removed) return Promise.resolve(true);
    // One question at a time: a page firing many requests gets one answer for all of them.
    pending ??= new Promise<boolean>((resolve) => {
      const question = renderQuestion(view.bar, verdict, lang, kind, (ok) => {
        question.remove();
        pending = null;
        if (ok && kind === 'drop') renderNote(view.bar, lang);
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
        dismissedHere.add(pageKey(document.URL));
        remove();
        void sendToBackground({ type: 'dismiss-sender-page' }).catch(() => {});
        break;
    }
  };

  const view = renderBanner(banner.root, verdict, lang, act);
  const guard = armUploadGuard(window, confirm);
  // Danger: a form is not sent off with an ID number the person typed until they confirm.
  const submitGuard = level === 'danger' ? armSubmitGuard(window, holdsIdNumber, () => confirm('number')) : null;
  const warning: PageWarning = { confirm, remove };
  return warning;
}
