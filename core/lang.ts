// Rendering text in the reader's language, with no extension API in it: the content script, the popup, the options
// page and the Node scripts each hand in their own getMessage (content/content-runtime.ts, ui/i18n.ts,
// scripts/locale-messages.ts). Every string lives in public/_locales/<locale>/messages.json; the browser picks the
// file for its UI language and falls back to English (default_locale).
import type { IdDocument, Lang, MessageArg, MessageKey, OrgNames, UiText } from './types';

/** The locales we ship, one folder each in public/_locales. */
export const LANGS: readonly Lang[] = ['en', 'zh_CN', 'zh_TW', 'ja', 'ko', 'es', 'pt_BR', 'fr', 'id', 'ms', 'vi', 'th', 'hi', 'fil'];

/** The browser's getMessage (Chrome's and Firefox's agree): '' for an unknown key. */
export type GetMessage = (key: string, substitutions?: string[]) => string;

/** Text in one language: the locale the browser chose and its messages. */
export interface I18n {
  lang: Lang;
  t(key: MessageKey, ...substitutions: string[]): string;
  /**
   * Joins names the reader's way ("A, B and C", "A、B和C"). Without it, Intl.ListFormat does; the page kit passes
   * CLDR's patterns read at build time instead (listPatternOf), because a page's first Intl.ListFormat loads its
   * locale data in the page's renderer (docs/performance.md).
   */
  list?(names: string[]): string;
}

/**
 * An I18n over a getMessage. The language is the one whose file the browser actually read (the `locale` message
 * says its own folder's name), not the UI language it asked for: a browser in German reads English.
 */
export function makeI18n(getMessage: GetMessage): I18n {
  const said = getMessage('locale');
  const lang = (LANGS as readonly string[]).includes(said) ? (said as Lang) : 'en';
  // A key missing from a build shows as itself, never as an empty line.
  return { lang, t: (key, ...subs) => getMessage(key, subs) || key };
}

/** BCP 47 form for lang attributes and Intl: "zh_CN" → "zh-CN". */
export function langTag(lang: Lang): string {
  return lang.replace('_', '-');
}

/** An organisation's name for a reader: the registry's name in their language, else its English name. */
export function orgName(names: OrgNames, lang: Lang): string {
  return names[lang] ?? names.en;
}

/** The message naming each document a page can ask for. */
export const DOC_KEYS: Record<IdDocument, MessageKey> = {
  'id-card': 'docIdCard',
  'id-card-front-back': 'docIdCardFrontBack',
  'handheld-id': 'docHandheldId',
  'face-scan': 'docFaceScan',
  passport: 'docPassport',
  'driving-licence': 'docDrivingLicence',
  'id-number': 'docIdNumber',
  'proof-of-identity': 'docProofOfIdentity',
  'real-name': 'docRealName',
};

/**
 * How one locale joins a list (CLDR's conjunction patterns): two items are `pair[0]` A `pair[1]` B `pair[2]`;
 * more are `wrap[0]` A `start` B (`middle` C …) `end` Z `wrap[1]`.
 */
export interface ListPattern {
  pair: [string, string, string];
  wrap: [string, string];
  start: string;
  middle: string;
  end: string;
}

/** The names joined by a list pattern. */
export function joinList(names: readonly string[], p: ListPattern): string {
  if (names.length < 2) return names[0] ?? '';
  if (names.length === 2) return p.pair[0] + names[0] + p.pair[1] + names[1] + p.pair[2];
  const inner = names.slice(1, -1).join(p.middle);
  return p.wrap[0] + names[0] + p.start + inner + p.end + names[names.length - 1] + p.wrap[1];
}

/** A locale's list pattern, read from Intl.ListFormat with marker items (build time: build/list-patterns-plugin.ts). */
export function listPatternOf(locale: string): ListPattern {
  const format = new Intl.ListFormat(locale, { type: 'conjunction' });
  const mark = (i: number) => String.fromCharCode(0xe000 + i); // private-use characters: never in a pattern
  const cut = (n: number) => format.format(Array.from({ length: n }, (_, i) => mark(i))).split(/[\ue000-\ue0ff]/);
  const [p0, p1, p2] = cut(2);
  const three = cut(3);
  const four = cut(4);
  const pattern: ListPattern = { pair: [p0, p1, p2], wrap: [three[0], three[3]], start: three[1], middle: four[2], end: three[2] };
  // Patterns with context (Spanish "y" → "e" before "i") would not survive the cut: refuse rather than mis-join.
  for (let n = 2; n <= 6; n++) {
    const items = Array.from({ length: n }, (_, i) => `name ${i}`);
    if (joinList(items, pattern) !== format.format(items)) throw new Error(`list pattern of ${locale} does not reproduce Intl.ListFormat for ${n} items`);
  }
  return pattern;
}

/** Document names joined the reader's way ("A, B and C", "A、B和C"). */
export function docList(docs: readonly IdDocument[], i18n: I18n): string {
  const names = docs.map((d) => i18n.t(DOC_KEYS[d]));
  if (i18n.list) return i18n.list(names);
  try {
    return new Intl.ListFormat(langTag(i18n.lang), { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** The regions of the registry (ISO 3166-1 alpha-2, plus EU). tests/unit/popup-labels.test.tsx checks each has one. */
export const REGION_KEYS: Record<string, MessageKey> = {
  CN: 'regionCN',
  HK: 'regionHK',
  MO: 'regionMO',
  TW: 'regionTW',
  SG: 'regionSG',
  JP: 'regionJP',
  KR: 'regionKR',
  IN: 'regionIN',
  US: 'regionUS',
  GB: 'regionGB',
  CA: 'regionCA',
  AU: 'regionAU',
  EU: 'regionEU',
  BE: 'regionBE',
  DE: 'regionDE',
  ES: 'regionES',
  FR: 'regionFR',
  IT: 'regionIT',
  NL: 'regionNL',
  MY: 'regionMY',
  ID: 'regionID',
  PH: 'regionPH',
  TH: 'regionTH',
  VN: 'regionVN',
  BR: 'regionBR',
  PL: 'regionPL',
  TR: 'regionTR',
  UA: 'regionUA',
  NG: 'regionNG',
  MX: 'regionMX',
  AE: 'regionAE',
  ZA: 'regionZA',
  IL: 'regionIL',
  SA: 'regionSA',
  PK: 'regionPK',
};

/** A region's name in the reader's language (our own words for the registry's regions, else the platform's). */
export function regionName(code: string, i18n: I18n): string {
  const key = REGION_KEYS[code];
  if (key) return i18n.t(key);
  try {
    return new Intl.DisplayNames(langTag(i18n.lang), { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function argText(a: MessageArg, i18n: I18n): string {
  if (typeof a === 'string') return a;
  if ('org' in a) return orgName(a.org, i18n.lang);
  if ('msg' in a) return i18n.t(a.msg);
  return 'docs' in a ? docList(a.docs, i18n) : regionName(a.region, i18n);
}

/** A reason (or any message with arguments) from the background, in the reader's language. */
export function textOf(text: UiText, i18n: I18n): string {
  return i18n.t(text.msg, ...(text.args ?? []).map((a) => argText(a, i18n)));
}
