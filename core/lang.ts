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

/** Document names joined the reader's way ("A, B and C", "A、B和C"). */
export function docList(docs: readonly IdDocument[], i18n: I18n): string {
  const names = docs.map((d) => i18n.t(DOC_KEYS[d]));
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
