// The popup's official-channel lookup: a pure search over the bundled registry index (no network, no browser.*).
// Keys (names, aliases, pinyin, domains, hotlines) are prepared at build time by data/build-registry-index.ts;
// this module only compares strings, so a query over the whole registry stays well under a millisecond.
import type { Category } from '../core/registry-types';
import type { IndexEntry, RegistryIndex } from '../core/registry-index';
import type { Lang } from '../core/types';
import intentsData from '../data/intents.json' with { type: 'json' };

/** What the person wants to do ("实名", "report fraud") → where that is done. Data: data/intents.json. */
export interface Intent {
  id: string;
  words: string[];
  categories: Category[];
  /** Registry ids that answer the intent best, shown before the rest of its categories. */
  entries?: string[];
  /** Entries with this link come first among the intent's results (e.g. a fraud-report page for "report fraud"). */
  prefer?: 'realName' | 'report' | 'hotlines';
}

export const INTENTS = intentsData as Intent[];

/** How a result matched, best first. The order of this list is the ranking. */
export const MATCH_KINDS = ['exact', 'prefix', 'word-prefix', 'substring', 'intent', 'typo'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface LookupResult {
  entry: IndexEntry;
  match: MatchKind;
  /** The search key (or intent word) that matched, normalised. */
  key: string;
}

export interface LookupOptions {
  lang: Lang;
  /** ISO 3166-1 alpha-2 region of the browser (see regionFromLocale); its entries come first among equals. */
  region?: string;
  /** At most this many results. */
  limit?: number;
  intents?: Intent[];
}

/** Enough to fill the popup several screens down; more is noise. */
export const DEFAULT_RESULT_LIMIT = 40;
/** One typo (wrong, missing, extra or swapped character: "Verizn", "Telstar") is forgiven only on keys this long: on shorter ones one edit turns "sim" into "sky" (brief: length ≥ 4). */
export const TYPO_MIN_LENGTH = 4;
/** A Latin query shorter than this only matches from the start of a key: "a" inside every name is not a match. */
const LATIN_SUBSTRING_MIN = 3;

const HAN = /\p{Script=Han}/u;
/** Separators people type or leave out at will: spaces, dashes, dots, brackets, quotes. */
const SEPARATORS = /[\s\-_.·・,，、/()（）「」『』“”"'‘’《》:：]+/gu;

/** Full-width → half-width, lower case, single spaces: the form both keys and queries are compared in. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Normalised and with separators removed: "China-Unicom" = "china unicom" = "chinaunicom", "0300 123 2040" = "03001232040". */
export function compactText(s: string): string {
  return normalizeText(s).replace(SEPARATORS, '');
}

interface PreparedKey {
  key: string;
  compact: string;
  /** Words of the key ("china unicom" → ["china", "unicom"]). */
  words: string[];
}

interface PreparedIndex {
  keys: PreparedKey[][];
  /** Every distinct compact key and word long enough for typo matching → the entries that have it. */
  typoCandidates: { text: string; entries: number[] }[];
}

const prepared = new WeakMap<RegistryIndex, PreparedIndex>();

function prepare(index: RegistryIndex): PreparedIndex {
  let p = prepared.get(index);
  if (p) return p;
  const keys = index.entries.map((_, i) =>
    (index.searchKeys[i] ?? []).map((key) => ({
      key,
      compact: compactText(key),
      words: normalizeText(key)
        .split(SEPARATORS)
        .filter((w) => w.length > 0),
    })),
  );
  const candidates = new Map<string, Set<number>>();
  keys.forEach((entryKeys, i) => {
    for (const k of entryKeys) {
      for (const text of [k.compact, ...k.words]) {
        if (text.length < TYPO_MIN_LENGTH) continue;
        let set = candidates.get(text);
        if (!set) candidates.set(text, (set = new Set()));
        set.add(i);
      }
    }
  });
  p = { keys, typoCandidates: [...candidates].map(([text, set]) => ({ text, entries: [...set] })) };
  prepared.set(index, p);
  return p;
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

/** Language → region when the tag names none ("ja" → JP). English alone says nothing, so it falls to US. */
const REGION_BY_LANGUAGE: Record<string, string> = {
  zh: 'CN', en: 'US', ja: 'JP', ko: 'KR', hi: 'IN', de: 'DE', fr: 'FR', it: 'IT', es: 'ES', nl: 'NL', ms: 'SG',
};

/** The browser's region from a BCP 47 tag: "zh-CN" → CN, "zh-Hant" → TW, "en-GB" → GB, "ja" → JP. */
export function regionFromLocale(tag: string | undefined | null): string | undefined {
  const parts = (tag ?? '').replace(/_/g, '-').split('-').filter(Boolean);
  const lang = parts[0]?.toLowerCase();
  if (!lang) return undefined;
  const region = parts.slice(1).find((p) => /^[a-z]{2}$/i.test(p));
  if (region) return region.toUpperCase();
  if (lang === 'zh' && parts.some((p) => p.toLowerCase() === 'hant')) return 'TW';
  return REGION_BY_LANGUAGE[lang];
}

/**
 * Whether `a` is at most one edit from `b` cut to `bLen` characters: one character wrong, missing, extra, or two
 * neighbours swapped (optimal-string-alignment distance ≤ 1). Linear and allocation-free: the typo pass runs
 * over every key of the registry on each keystroke.
 */
export function withinOneEdit(a: string, b: string, bLen = b.length): boolean {
  const la = a.length;
  if (la - bLen > 1 || bLen - la > 1) return false;
  let i = 0;
  while (i < la && i < bLen && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === bLen) return true;
  let ai = i + 1;
  let bi = i + 1;
  if (la === bLen) {
    // Two neighbours swapped: skip both, else one character wrong: skip it.
    if (ai < la && a.charCodeAt(i) === b.charCodeAt(ai) && a.charCodeAt(ai) === b.charCodeAt(i)) ai = bi = i + 2;
  } else if (la > bLen) bi = i;
  else ai = i;
  for (; ai < la; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
  return true;
}

/** One edit from the whole key, or (still typing: "verizn w" → "verizonwireless") from its start. */
function isTypoOf(q: string, k: string): boolean {
  if (withinOneEdit(q, k)) return true;
  return k.length > q.length + 1 && withinOneEdit(q, k, q.length);
}

const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const SUBSTRING = 3;
const INTENT = 4;
const TYPO = 5;

/** The best way one entry's keys match the query: [rank, key] or null. Plain loops: runs on every keystroke. */
function matchKeys(q: string, keys: PreparedKey[], allowSubstring: boolean): [number, string] | null {
  let rank = Infinity;
  let best = '';
  for (const k of keys) {
    let r = Infinity;
    if (k.compact === q) r = EXACT;
    else if (k.compact.startsWith(q)) r = PREFIX;
    else if (k.words.length > 1 && k.words.some((w) => w.startsWith(q))) r = WORD_PREFIX;
    else if (allowSubstring && k.compact.includes(q)) r = SUBSTRING;
    if (r < rank || (r === rank && k.key.length < best.length)) {
      rank = r;
      best = k.key;
    }
  }
  return rank === Infinity ? null : [rank, best];
}

/** Intents whose words the query says: equal, the start of one (as typed), or one inside a sentence ("我要补卡"). */
export function matchIntents(query: string, intents: Intent[] = INTENTS): { intent: Intent; word: string; inside: boolean }[] {
  const q = compactText(query);
  if (!q) return [];
  const han = HAN.test(q);
  const out: { intent: Intent; word: string; inside: boolean }[] = [];
  for (const intent of intents) {
    let found: { word: string; inside: boolean } | undefined;
    for (const word of intent.words) {
      const w = compactText(word);
      if (w === q || (w.startsWith(q) && q.length >= (han ? 2 : LATIN_SUBSTRING_MIN))) {
        found = { word: w, inside: false };
        break;
      }
      if (!found && w.length >= 2 && q.includes(w) && (HAN.test(w) || w.length >= LATIN_SUBSTRING_MIN)) {
        found = { word: w, inside: true };
      }
    }
    if (found) out.push({ intent, ...found });
  }
  return out;
}

interface Ranked extends LookupResult {
  rank: number;
  home: boolean;
  /** Tie-breaks within a rank: key length for key matches, position in the intent for intent matches. */
  within: number;
  order: number;
}

/**
 * Finds registry entries for what a person typed: a name (简体 / 繁體 / English), alias, pinyin (full or
 * initials), hotline, domain, or what they want to do. Exact and prefix matches first, then words, substrings,
 * intents and one-character typos; the person's region first among equals.
 */
export function searchRegistry(query: string, index: RegistryIndex, opts: LookupOptions): LookupResult[] {
  const q = compactText(typeof query === 'string' ? query : '');
  if (!q) return [];
  const p = prepare(index);
  const region = opts.region ?? regionFromLocale(opts.lang.replace('_', '-'));
  const allowSubstring = HAN.test(q) || /\d/.test(q) || q.length >= LATIN_SUBSTRING_MIN;
  const byId = new Map<string, Ranked>();
  const offer = (r: Ranked) => {
    const old = byId.get(r.entry.id);
    if (!old || r.rank < old.rank || (r.rank === old.rank && r.within < old.within)) byId.set(r.entry.id, r);
  };

  const home = (entry: IndexEntry) => isHomeRegion(entry.region, region);
  let bestRank = Infinity;
  index.entries.forEach((entry, i) => {
    const m = matchKeys(q, p.keys[i]!, allowSubstring);
    if (!m) return;
    offer({ entry, match: MATCH_KINDS[m[0]]!, key: m[1], rank: m[0], home: home(entry), within: m[1].length, order: i });
    bestRank = Math.min(bestRank, m[0]);
  });
  // Typos are looked for only when nothing starts with the query: once "中国移动" is found exactly,
  // "全国移动…" one edit away is noise.
  if (bestRank > PREFIX && q.length >= TYPO_MIN_LENGTH) {
    for (const c of p.typoCandidates) {
      if (!isTypoOf(q, c.text)) continue;
      for (const i of c.entries) {
        const entry = index.entries[i]!;
        offer({ entry, match: 'typo', key: c.text, rank: TYPO, home: home(entry), within: c.text.length, order: i });
      }
    }
  }
  const exactHit = bestRank === EXACT;

  for (const { intent, word, inside } of matchIntents(query, opts.intents ?? INTENTS)) {
    // "T-Mobile" is a name, not a sentence about mobiles: an intent word inside the query counts only when
    // the query names nothing exactly.
    if (inside && exactHit) continue;
    index.entries.forEach((entry, i) => {
      const named = intent.entries?.indexOf(entry.id) ?? -1;
      const cat = intent.categories.indexOf(entry.category);
      if (named < 0 && cat < 0) return;
      const preferred = intent.prefer ? hasLink(entry, intent.prefer) : true;
      // Named entries first, then by category as listed, entries with the preferred link before the others.
      const within = named >= 0 ? named : 100 + cat * 2 + (preferred ? 0 : 1);
      offer({ entry, match: 'intent', key: word, rank: INTENT, home: home(entry), within, order: i });
    });
  }

  return [...byId.values()]
    .sort((a, b) => a.rank - b.rank || Number(b.home) - Number(a.home) || a.within - b.within || a.order - b.order)
    .slice(0, opts.limit ?? DEFAULT_RESULT_LIMIT)
    .map(({ entry, match, key }) => ({ entry, match, key }));
}

function hasLink(entry: IndexEntry, link: NonNullable<Intent['prefer']>): boolean {
  return link === 'hotlines' ? entry.hotlines.length > 0 : Boolean(entry[link]);
}

/** The empty-query browse groups: the card types of the seed article, plus anti-fraud. Labels: components/popup. */
export const BROWSE_GROUPS = [
  { id: 'sim', categories: ['carrier'] },
  { id: 'bank-card', categories: ['bank', 'card-issuer'] },
  { id: 'transit', categories: ['transit'] },
  { id: 'eid', categories: ['eid'] },
  { id: 'social-security', categories: ['social-security'] },
  { id: 'anti-fraud', categories: ['anti-fraud'] },
] as const satisfies readonly { id: string; categories: readonly Category[] }[];
export type BrowseGroupId = (typeof BROWSE_GROUPS)[number]['id'];

/** Entries of a browse group, the person's region first, then registry order (by region file, then id). */
export function browseGroup(index: RegistryIndex, group: BrowseGroupId, region: string | undefined): IndexEntry[] {
  const cats: readonly Category[] = BROWSE_GROUPS.find((g) => g.id === group)?.categories ?? [];
  const matches = index.entries.filter((e) => cats.includes(e.category));
  return [...matches.filter((e) => isHomeRegion(e.region, region)), ...matches.filter((e) => !isHomeRegion(e.region, region))];
}

/** The only categories regionHelp chooses from. */
const REGION_HELP_CATEGORIES: readonly Category[] = ['numbers-check', 'anti-fraud'];

/**
 * The entries regionHelp can pick, in registry order: it gives the same answer over these as over the whole index.
 * The popup ships just these in its first chunk (data/registry-index-plugin.ts), so its empty-query view renders
 * before the full index has loaded.
 */
export function regionHelpEntries(entries: readonly IndexEntry[]): IndexEntry[] {
  return entries.filter((e) => REGION_HELP_CATEGORIES.includes(e.category));
}

/** The region's "numbers registered in your name" service and anti-fraud channel, for the top of the popup. */
export function regionHelp(
  index: { entries: readonly IndexEntry[] },
  region: string | undefined,
  intents: Intent[] = INTENTS,
): { numbersCheck?: IndexEntry; antiFraud?: IndexEntry } {
  const home = index.entries.filter((e) => isHomeRegion(e.region, region));
  const antiFraud = home.filter((e) => e.category === 'anti-fraud');
  // The region's national anti-fraud channel, as named by the "report fraud" intent (data/intents.json), else
  // the first with a hotline: something a person can act on right away.
  const named = intents.find((i) => i.id === 'report-fraud')?.entries ?? [];
  const national = named.map((id) => antiFraud.find((e) => e.id === id)).find((e) => e !== undefined);
  return {
    numbersCheck: home.find((e) => e.category === 'numbers-check'),
    antiFraud: national ?? antiFraud.find((e) => e.hotlines.length > 0) ?? antiFraud[0],
  };
}
