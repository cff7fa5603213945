// The popup's official-channel lookup: a pure search over the bundled registry index (no network, no browser.*).
// Keys (names, aliases, pinyin, domains, hotlines) are prepared at build time by build/build-registry-index.ts;
// this module only compares strings, so a query over the whole registry stays well under a millisecond.
import type { Category } from '../core/registry-types';
import type { IndexEntry, RegistryIndex } from '../core/registry-index';
import type { Lang } from '../core/types';
import { hanScript, type HanScripts } from '../core/han-script';
import { isHomeRegion, LANGUAGE_REGIONS, regionFromLocale } from '../core/region';
// The popup's region help lives in core/region.ts (the banner's links use it too); named here for the popup.
export { isHomeRegion, LANGUAGE_REGIONS, regionFromLocale, regionHelp, regionHelpSource, type RegionHelpSource } from '../core/region';

/**
 * What the person wants to do ("实名", "report fraud") → where that is done. Data: data/intents.json (ui/intents.ts),
 * which comes with the index (SearchIndex.intents), not in the popup's first script.
 */
export interface Intent {
  id: string;
  /**
   * The words, by the language they are written in (keys of LANGUAGE_REGIONS; "zh" for words written alike in
   * Simplified and Traditional Chinese): the language of the word a query says can choose its region.
   */
  words: Record<string, string[]>;
  categories: Category[];
  /** Registry ids that answer the intent best, shown before the rest of its categories. */
  entries?: string[];
  /** Entries with this link come first among the intent's results (e.g. a fraud-report page for "report fraud"). */
  prefer?: 'realName' | 'report' | 'hotlines';
  /**
   * The card type the intent asks about: the popup answers it for the query's region (ui/card-answers.ts), and
   * only that region's entries follow (a Beijing transit card is no answer to "transit card" in Sydney).
   */
  card?: CardTypeId;
}

/**
 * The seven card types of the seed article (how do I real-name my SIM, bank, transit, e-ID, social-security,
 * membership or campus card?) and the registry categories of their issuers. Membership and campus cards have no
 * issuer a registry could list: only the shop's or school's own app or counter.
 */
export const CARD_TYPES = [
  { id: 'sim', categories: ['carrier'] },
  { id: 'bank-card', categories: ['bank', 'card-issuer'] },
  { id: 'transit', categories: ['transit'] },
  { id: 'eid', categories: ['eid'] },
  { id: 'social-security', categories: ['social-security'] },
  { id: 'membership', categories: [] },
  { id: 'campus', categories: [] },
] as const satisfies readonly { id: string; categories: readonly Category[] }[];
export type CardTypeId = (typeof CARD_TYPES)[number]['id'];

/**
 * How a result matched, best first. The order of this list is the ranking. `intent`: the query is what the person
 * wants to do, said whole ("SIM", "实名"), so its answers come before names that merely start with it ("SIMREG");
 * `intent-partial`: an intent word only begun ("ban") or inside a sentence ("我要补卡").
 */
export const MATCH_KINDS = ['exact', 'intent', 'prefix', 'word-prefix', 'substring', 'intent-partial', 'typo'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface LookupResult {
  entry: IndexEntry;
  match: MatchKind;
  /** The search key (or intent word) that matched, normalised. */
  key: string;
}

/** The registry index as the popup searches it: with the intents and the Han script tables. */
export type SearchIndex = RegistryIndex & { intents?: Intent[]; hanScripts?: HanScripts };

export interface LookupOptions {
  lang: Lang;
  /**
   * ISO 3166-1 alpha-2 region of the browser (see regionFromLocale). The query's own script and language choose
   * the region before it (queryRegion); it counts when they say nothing, or name it among their regions.
   */
  region?: string;
  /** At most this many results. */
  limit?: number;
  /** Default: the index's (SearchIndex.intents). */
  intents?: Intent[];
}

/** Enough to fill the popup several screens down; more is noise. */
export const DEFAULT_RESULT_LIMIT = 40;
/** One typo (wrong, missing, extra or swapped character: "Verizn", "Telstar") is forgiven only on keys this long: on shorter ones one edit turns "sim" into "sky" (brief: length ≥ 4). */
export const TYPO_MIN_LENGTH = 4;
/** A Latin query shorter than this only matches from the start of a key: "a" inside every name is not a match. */
const LATIN_SUBSTRING_MIN = 3;

const HAN = /\p{Script=Han}/u;
/** A hotline as typed: digits, maybe a leading + or a # / * code ("#9110"). Matched as a whole number only. */
const NUMBER = /^[+#*]*\d[\d#*]*$/;
const DIGIT_RUNS = /\d+/g;
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
  /** Whole numbers in the key ("中国铁路12306" → ["12306"], "0300 123 2040" → ["03001232040"]). */
  numbers: string[];
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
    (index.searchKeys[i] ?? []).map((key) => {
      const compact = compactText(key);
      return {
        key,
        compact,
        words: normalizeText(key)
          .split(SEPARATORS)
          .filter((w) => w.length > 0),
        numbers: compact.match(DIGIT_RUNS) ?? [],
      };
    }),
  );
  const candidates = new Map<string, Set<number>>();
  keys.forEach((entryKeys, i) => {
    for (const k of entryKeys) {
      for (const text of [k.compact, ...k.words]) {
        // A number one digit off is another number ("12123" is not Vodafone's 1212).
        if (text.length < TYPO_MIN_LENGTH || NUMBER.test(text)) continue;
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

/** Scripts that belong to one language; Vietnamese by the letters no other Latin alphabet has. */
const SCRIPT_LANGUAGES: [RegExp, string][] = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Thai}/u, 'th'],
  [/[ăđơư\u1ea0-\u1ef9]/iu, 'vi'],
];

const HAN_SCRIPT_LANGUAGE = { japanese: 'ja', simplified: 'zh_CN', traditional: 'zh_TW' } as const;

/** The language a query's script says, if it says one: Hangul, kana, Devanagari, Thai, Vietnamese, Han. */
export function scriptLanguage(query: string, han?: HanScripts): string | undefined {
  for (const [re, lang] of SCRIPT_LANGUAGES) if (re.test(query)) return lang;
  if (!HAN.test(query)) return undefined;
  // "电子身份证" is written on the mainland, "電子身份證" in Taiwan, Hong Kong or Macao, "警察庁" in Japan.
  const script = han && hanScript(query, han);
  return script ? HAN_SCRIPT_LANGUAGE[script] : 'zh';
}

/**
 * The region a query is about: the one its script or language names (the browser's when that is among them),
 * else the browser's. `wordLanguage` is the language of an intent word the query says ("kartu SIM" → id).
 */
export function queryRegion(query: string, browserRegion: string | undefined, han?: HanScripts, wordLanguage?: string): string | undefined {
  const script = scriptLanguage(query, han);
  // Han alone is shared by Chinese and Japanese: "本人確認" is a Japanese word written in characters Taiwan also
  // writes, so a word the query says, listed under its language, outweighs the guess from the characters.
  const hanGuess = script === 'zh' || script === 'zh_CN' || script === 'zh_TW';
  const lang = (hanGuess && wordLanguage) || script || wordLanguage;
  const regions = lang ? LANGUAGE_REGIONS[lang] : undefined;
  if (!regions?.length) return browserRegion;
  return browserRegion && regions.includes(browserRegion) ? browserRegion : regions[0];
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
const INTENT = 1;
const PREFIX = 2;
const WORD_PREFIX = 3;
const SUBSTRING = 4;
const INTENT_PARTIAL = 5;
const TYPO = 6;

/** The best way one entry's keys match the query: [rank, key] or null. Plain loops: runs on every keystroke. */
function matchKeys(q: string, keys: PreparedKey[], allowSubstring: boolean, numeric: boolean): [number, string] | null {
  let rank = Infinity;
  let best = '';
  for (const k of keys) {
    let r = Infinity;
    if (k.compact === q) r = EXACT;
    else if (numeric) {
      // Hotlines match whole numbers only: "1212" is not "12123", nor the end of "0800 172 1212".
      if (k.numbers.includes(q)) r = WORD_PREFIX;
    } else if (k.compact.startsWith(q)) r = PREFIX;
    else if (k.words.length > 1 && k.words.some((w) => w.startsWith(q))) r = WORD_PREFIX;
    else if (allowSubstring && k.compact.includes(q)) r = SUBSTRING;
    if (r < rank || (r === rank && k.key.length < best.length)) {
      rank = r;
      best = k.key;
    }
  }
  return rank === Infinity ? null : [rank, best];
}

const compacted = new WeakMap<Intent, [string, string[]][]>();

/** An intent's words by language, compacted once (normalising hundreds of words on every keystroke shows). */
function compactWords(intent: Intent): [string, string[]][] {
  let words = compacted.get(intent);
  if (!words) compacted.set(intent, (words = Object.entries(intent.words).map(([lang, ws]) => [lang, ws.map(compactText)])));
  return words;
}

export interface IntentMatch {
  intent: Intent;
  /** The intent word that matched, compacted. */
  word: string;
  /** The language the word is listed under in data/intents.json. */
  lang: string;
  /** The word is inside a longer query ("我要补卡"), not the query itself or its start. */
  inside: boolean;
  /** The query is only the start of the word, as typed so far ("kar" of "kartu SIM"). */
  prefix: boolean;
}

/**
 * Intents whose words the query says: equal, the start of one (as typed), or one inside a sentence ("我要补卡").
 * A word inside another intent's longer word gives way to it: "电子身份证" is about e-ID, not about 身份证.
 */
export function matchIntents(query: string, intents: readonly Intent[]): IntentMatch[] {
  const q = compactText(query);
  if (!q || NUMBER.test(q)) return [];
  const han = HAN.test(q);
  const out: IntentMatch[] = [];
  for (const intent of intents) {
    // The best word of the intent: the query itself, else the first the query starts, else one inside it.
    let found: Omit<IntentMatch, 'intent'> | undefined;
    search: for (const [lang, words] of compactWords(intent)) {
      for (const w of words) {
        if (w === q) {
          found = { word: w, lang, inside: false, prefix: false };
          break search;
        }
        if (found?.prefix) continue;
        if (w.startsWith(q) && q.length >= (han ? 2 : LATIN_SUBSTRING_MIN)) found = { word: w, lang, inside: false, prefix: true };
        else if (!found && w.length >= 2 && q.includes(w) && (HAN.test(w) || w.length >= LATIN_SUBSTRING_MIN)) {
          found = { word: w, lang, inside: true, prefix: false };
        }
      }
    }
    if (found) out.push({ intent, ...found });
  }
  // Only a word the query says (not one it merely starts) makes a shorter one inside it give way.
  const said = out.filter((m) => !m.prefix);
  return out.filter((m) => !said.some((o) => o !== m && o.word.length > m.word.length && o.word.includes(m.word)));
}

/** What a query says before any entry is looked at: its compact form, the intents it names, its region. */
export interface QueryReading {
  q: string;
  numeric: boolean;
  intents: IntentMatch[];
  region: string | undefined;
}

export function readQuery(query: unknown, opts: LookupOptions, index?: Pick<SearchIndex, 'intents' | 'hanScripts'> | null): QueryReading {
  const text = typeof query === 'string' ? query : '';
  const q = compactText(text);
  const han = index?.hanScripts;
  const intents = q ? matchIntents(text, opts.intents ?? index?.intents ?? []) : [];
  const browserRegion = opts.region ?? regionFromLocale(opts.lang.replace('_', '-'));
  // A word said whole ("kartu SIM"), not one the query only starts ("kar" could be anything yet).
  const wordLanguage = intents.filter((m) => !m.prefix).map((m) => m.lang).find((l) => LANGUAGE_REGIONS[l]?.length);
  return { q, numeric: NUMBER.test(q), intents, region: q ? queryRegion(text, browserRegion, han, wordLanguage) : browserRegion };
}

interface Ranked extends LookupResult {
  rank: number;
  home: boolean;
  /** Tie-breaks within a rank: key length for key matches, position in the intent for intent matches. */
  within: number;
  order: number;
}

/**
 * Finds registry entries for what a person typed: a name (简体 / 繁體 / English / local script), alias, pinyin
 * (full or initials), hotline (whole numbers only), domain, or what they want to do. Exact and prefix matches
 * first, then words, substrings, intents and one-character typos; within each, the query's region first
 * (readQuery: its script and language before the browser's locale).
 */
export function searchRegistry(query: string, index: SearchIndex, opts: LookupOptions): LookupResult[] {
  const reading = readQuery(query, opts, index);
  const { q, numeric, region } = reading;
  if (!q) return [];
  const p = prepare(index);
  const allowSubstring = HAN.test(q) || /\d/.test(q) || q.length >= LATIN_SUBSTRING_MIN;
  const byId = new Map<string, Ranked>();
  const offer = (r: Ranked) => {
    const old = byId.get(r.entry.id);
    if (!old || r.rank < old.rank || (r.rank === old.rank && r.within < old.within)) byId.set(r.entry.id, r);
  };

  const home = (entry: IndexEntry) => isHomeRegion(entry.region, region);
  let bestRank = Infinity;
  index.entries.forEach((entry, i) => {
    const m = matchKeys(q, p.keys[i]!, allowSubstring, numeric);
    if (!m) return;
    offer({ entry, match: MATCH_KINDS[m[0]]!, key: m[1], rank: m[0], home: home(entry), within: m[1].length, order: i });
    bestRank = Math.min(bestRank, m[0]);
  });
  // Typos are looked for only when nothing starts with the query and it says no intent whole: once "中国移动" is
  // found exactly, "全国移动…" one edit away is noise. A number one digit off is another number.
  const saysIntent = reading.intents.some((m) => !m.inside && !m.prefix);
  if (bestRank > PREFIX && !saysIntent && q.length >= TYPO_MIN_LENGTH && !numeric) {
    for (const c of p.typoCandidates) {
      if (!isTypoOf(q, c.text)) continue;
      for (const i of c.entries) {
        const entry = index.entries[i]!;
        offer({ entry, match: 'typo', key: c.text, rank: TYPO, home: home(entry), within: c.text.length, order: i });
      }
    }
  }
  const exactHit = bestRank === EXACT;

  for (const { intent, word, inside, prefix } of reading.intents) {
    // "T-Mobile" is a name, not a sentence about mobiles: an intent word inside the query counts only when
    // the query names nothing exactly.
    if (inside && exactHit) continue;
    index.entries.forEach((entry, i) => {
      if (intent.card && region && !home(entry)) return;
      const named = intent.entries?.indexOf(entry.id) ?? -1;
      const cat = intent.categories.indexOf(entry.category);
      if (named < 0 && cat < 0) return;
      const preferred = intent.prefer ? hasLink(entry, intent.prefer) : true;
      // Named entries first, then by category as listed, entries with the preferred link before the others.
      const within = named >= 0 ? named : 100 + cat * 2 + (preferred ? 0 : 1);
      const whole = !inside && !prefix;
      offer({ entry, match: whole ? 'intent' : 'intent-partial', key: word, rank: whole ? INTENT : INTENT_PARTIAL, home: home(entry), within, order: i });
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

/**
 * The empty-query browse groups: the card types (each answered by ui/card-answers.ts), plus the anti-fraud
 * channels. Labels: ui/popup.
 */
export const BROWSE_GROUPS = [
  ...CARD_TYPES,
  { id: 'anti-fraud', categories: ['anti-fraud'] },
] as const satisfies readonly { id: string; categories: readonly Category[] }[];
export type BrowseGroupId = (typeof BROWSE_GROUPS)[number]['id'];

/** Entries of a browse group, the person's region first, then registry order (by region file, then id). */
export function browseGroup(index: RegistryIndex, group: BrowseGroupId, region: string | undefined): IndexEntry[] {
  const cats: readonly Category[] = BROWSE_GROUPS.find((g) => g.id === group)?.categories ?? [];
  const matches = index.entries.filter((e) => cats.includes(e.category));
  return [...matches.filter((e) => isHomeRegion(e.region, region)), ...matches.filter((e) => !isHomeRegion(e.region, region))];
}

