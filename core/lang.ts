// UI language helpers with no extension API in them, so the content script can use them without pulling in
// webextension-polyfill (ui/i18n.ts adds uiLang(), which asks browser.i18n).
import type { Lang, LocalText } from './types';

/** Maps a BCP 47 tag to one of our UI languages. zh-TW/HK/MO and zh-Hant use Traditional Chinese. */
export function langFromTag(tag: string | undefined | null): Lang {
  const t = (tag ?? '').toLowerCase().replace('_', '-');
  if (!t.startsWith('zh')) return 'en';
  return /hant|-tw|-hk|-mo/.test(t) ? 'zh_TW' : 'zh_CN';
}

/** Picks the text for a language. */
export function pick(text: LocalText, lang: Lang): string {
  return text[lang] ?? text.en;
}
