// Text for the popup, the options page and the background, through the browser's own i18n (webextension-polyfill's
// `browser.i18n`). The content script has its own door (content/content-runtime.ts contentI18n: no polyfill there).
import { makeI18n, type I18n } from '../core/lang';
import type { Lang, MessageKey } from '../core/types';

export { docList, langTag, orgName, regionName, textOf } from '../core/lang';

/** The messages in the browser's language. Read on each call: getMessage is synchronous and cheap. */
export function uiI18n(): I18n {
  return makeI18n((key, subs) => browser.i18n.getMessage(key as never, subs));
}

/** One message in the browser's language. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

/** The locale whose messages the browser reads. */
export function uiLang(): Lang {
  return uiI18n().lang;
}
