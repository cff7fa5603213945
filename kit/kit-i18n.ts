// The banner's text: the browser's messages (content/content-runtime.ts contentI18n), with lists joined by the
// locale's CLDR pattern read at build time rather than by Intl.ListFormat in the page (core/lang.ts I18n.list).
import patterns from 'virtual:list-patterns';
import { contentI18n } from '../content/content-runtime';
import { joinList, type I18n } from '../core/lang';

export function kitI18n(): I18n {
  const i18n = contentI18n();
  const pattern = patterns[i18n.lang];
  return { ...i18n, list: (names) => joinList(names, pattern) };
}
