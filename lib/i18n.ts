// UI language: Simplified Chinese, Traditional Chinese or English, following the browser's UI language.
// UI strings live next to their component as LocalText records (so a missing translation is a type error),
// not in _locales, which only carries the manifest's name and description.
import type { Lang, LocalText } from './types';

/** Maps a BCP 47 tag to one of our UI languages. zh-TW/HK/MO and zh-Hant use Traditional Chinese. */
export function langFromTag(tag: string | undefined | null): Lang {
  const t = (tag ?? '').toLowerCase().replace('_', '-');
  if (!t.startsWith('zh')) return 'en';
  return /hant|-tw|-hk|-mo/.test(t) ? 'zh_TW' : 'zh_CN';
}

/** The browser's UI language (works in content scripts, popup, options and background). */
export function uiLang(): Lang {
  try {
    return langFromTag(browser.i18n.getUILanguage());
  } catch {
    return langFromTag(globalThis.navigator?.language);
  }
}

/** Picks the text for a language. */
export function pick(text: LocalText, lang: Lang): string {
  return text[lang] ?? text.en;
}
