// UI language: Simplified Chinese, Traditional Chinese or English, following the browser's UI language.
// UI strings live next to their component as LocalText records (so a missing translation is a type error),
// not in _locales, which only carries the manifest's name and description.
// The content script reads the language through content/content-runtime.ts instead (no polyfill there).
import { langFromTag } from '../core/lang';
import type { Lang } from '../core/types';

export { langFromTag, pick } from '../core/lang';

/** The browser's UI language (popup, options and background). */
export function uiLang(): Lang {
  try {
    return langFromTag(browser.i18n.getUILanguage());
  } catch {
    return langFromTag(globalThis.navigator?.language);
  }
}
