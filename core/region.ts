// The person's region and what it offers them against ID theft: one region from the browser's language, one table
// of each region's primary anti-fraud channel, one choice of the region's help. The judge (the banner's links) and
// the popup (its first view) both use these, so they name the same channels.
import type { Category } from './registry-types';
import type { IndexEntry } from './registry-index';

/**
 * The regions whose people write a language, most likely first; the browser's region wins when it is among them
 * ("tarjeta SIM" in a US browser is a US question, in a German one a Spanish one). English and the languages
 * written in many places say nothing: the browser's region stands.
 */
export const LANGUAGE_REGIONS: Record<string, readonly string[]> = {
  zh: ['CN', 'TW', 'HK', 'MO', 'SG', 'MY'],
  zh_CN: ['CN', 'SG', 'MY'],
  zh_TW: ['TW', 'HK', 'MO'],
  ja: ['JP'],
  ko: ['KR'],
  hi: ['IN'],
  th: ['TH'],
  vi: ['VN'],
  id: ['ID'],
  ms: ['MY', 'SG', 'BN'],
  fil: ['PH'],
  pt: ['BR', 'PT'],
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'US'],
  fr: ['FR', 'BE', 'CA', 'CH', 'LU'],
  de: ['DE', 'AT', 'CH'],
  it: ['IT', 'CH'],
  nl: ['NL', 'BE'],
  pl: ['PL'],
  tr: ['TR'],
  uk: ['UA'],
  he: ['IL'],
  ur: ['PK', 'IN'],
  en: [],
};

/**
 * The browser's region from a BCP 47 tag: "zh-CN" → CN, "zh-Hant" → TW, "en-GB" → GB, "ja" → JP, "id" → ID; a tag
 * with no region gets its language's first (LANGUAGE_REGIONS). English alone says nothing, so it falls to US.
 */
export function regionFromLocale(tag: string | undefined | null): string | undefined {
  const parts = (tag ?? '').replace(/_/g, '-').split('-').filter(Boolean);
  const lang = parts[0]?.toLowerCase();
  if (!lang) return undefined;
  const region = parts.slice(1).find((p) => /^[a-z]{2}$/i.test(p));
  if (region) return region.toUpperCase();
  if (lang === 'zh' && parts.some((p) => p.toLowerCase() === 'hant')) return 'TW';
  if (lang === 'en') return 'US';
  // Filipino's older tag is Tagalog's.
  return LANGUAGE_REGIONS[lang === 'tl' ? 'fil' : lang]?.[0];
}

/** EU member states: entries of region "EU" count as home for them. */
const EU_MEMBERS = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/** Whether an entry is of the person's region. */
export function isHomeRegion(entryRegion: string, region: string | undefined): boolean {
  if (!region) return false;
  return entryRegion === region || (entryRegion === 'EU' && EU_MEMBERS.has(region));
}

/**
 * The anti-fraud entry shown for each region when the page names no brand: the national channel a person can
 * call or report to (the one whose hotline is on posters), chosen by hand among the region's anti-fraud entries.
 * A region not listed falls back to its first anti-fraud entry with a report link, then one with a hotline, then any.
 */
export const PRIMARY_ANTI_FRAUD: Record<string, string> = {
  CN: 'cn-national-anti-fraud-center',
  HK: 'hk-adcc',
  MO: 'mo-pj',
  TW: 'tw-165',
  SG: 'sg-scamshield',
  JP: 'jp-npa',
  KR: 'kr-counterscam112',
  IN: 'in-cybercrime',
  US: 'us-ftc',
  GB: 'gb-action-fraud',
  CA: 'ca-cafc',
  AU: 'au-scamwatch',
  FR: 'fr-cybermalveillance',
  BE: 'be-safeonweb',
};

/** The only categories regionHelp chooses from. */
const REGION_HELP_CATEGORIES: readonly Category[] = ['numbers-check', 'anti-fraud'];

/**
 * The entries regionHelp can pick, in registry order: it gives the same answer over these as over the whole index.
 * The popup ships just these in its first chunk (build/registry-index-plugin.ts), so its empty-query view renders
 * before the full index has loaded.
 */
export function regionHelpEntries(entries: readonly IndexEntry[]): IndexEntry[] {
  return entries.filter((e) => REGION_HELP_CATEGORIES.includes(e.category));
}

/** What regionHelp chooses from: the whole index, or the popup's first chunk (regionHelpSource). */
export interface RegionHelpSource {
  entries: readonly IndexEntry[];
}

/** The popup's first chunk: only the entries regionHelp can pick. */
export function regionHelpSource(entries: readonly IndexEntry[]): RegionHelpSource {
  return { entries: regionHelpEntries(entries) };
}

/** The region's "numbers registered in your name" check and its primary anti-fraud channel. */
export function regionHelp(
  index: RegionHelpSource,
  region: string | undefined,
): { numbersCheck?: IndexEntry; antiFraud?: IndexEntry } {
  const home = index.entries.filter((e) => isHomeRegion(e.region, region));
  const antiFraud = home.filter((e) => e.category === 'anti-fraud');
  const primary = region && PRIMARY_ANTI_FRAUD[region];
  return {
    numbersCheck: home.find((e) => e.category === 'numbers-check'),
    antiFraud:
      antiFraud.find((e) => e.id === primary) ??
      antiFraud.find((e) => e.report) ??
      antiFraud.find((e) => e.hotlines.length > 0) ??
      antiFraud[0],
  };
}
