// Build time only (build/hint-words-plugin.ts, tests): the first pass's words (scan/hint-words.ts), derived from
// the cue lists (data/cues/<lang>.json) the full scan uses, so both read one source:
// - each language's "hint" list expanded into the plain strings its entries match, grouped under anchors;
// - the chat-app names of every language's "contact" list, as few as still find each of them.
// Never imported by sensor.js: it carries every language's list.
import { CUE_LISTS } from '../scan/cue-lists';
import { contactHintPattern, type HintGroup, type HintWordsFile } from '../scan/hint-groups';
import { foldText } from '../scan/text-fold';
import { expandEntry as expandLiterals } from './regex-literals';

/** Each language's hint list, in CUE_LISTS order. */
export const HINT_LISTS = CUE_LISTS.map((l) => ({ lang: l.lang, boundary: l.boundary, hint: l.hint as string[] }));

/**
 * Every string a hint entry matches (build/regex-literals.ts, the parser the page kit's anchors use too). Throws on
 * an entry that matches no short list of strings (`*`, `+`, `{n}`, `.`, `\s`, ranges, lookarounds): such an entry
 * has no place in a hint list (the full scan's lists take it).
 */
export function expandEntry(entry: string): string[] {
  try {
    return expandLiterals(entry);
  } catch (e) {
    throw new Error(`hint entry ${JSON.stringify(entry)}: ${(e as Error).message}`);
  }
}

/** White space (one space after normalise) and apostrophes vary in page text: anchors hold neither. */
const NOT_IN_ANCHOR = /[\s']/;

/** The longest text every string contains, without white space or apostrophes; '' when none. */
function commonAnchor(strings: string[]): string {
  const shortest = strings.reduce((a, b) => (b.length < a.length ? b : a));
  for (let len = shortest.length; len >= 2; len--) {
    for (let i = 0; i + len <= shortest.length; i++) {
      const cand = shortest.slice(i, i + len);
      if (!NOT_IN_ANCHOR.test(cand) && strings.every((s) => s.includes(cand))) return cand;
    }
  }
  return '';
}

/** The strings split into words as hint-words.ts matches them (white space between words: any run of it). */
function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** Every hint entry's strings, under one anchor per entry where its strings share one. */
export function computeHintGroups(lists: { boundary: boolean; hint: string[] }[]): HintGroup[] {
  const byKey = new Map<string, HintGroup>();
  const put = (anchor: string, boundary: boolean, strings: string[]) => {
    const key = `${boundary ? 1 : 0}|${anchor}`;
    const g = byKey.get(key) ?? { anchor, boundary, strings: [] };
    for (const s of strings) if (!g.strings.some((w) => w.join(' ') === words(s).join(' '))) g.strings.push(words(s));
    byKey.set(key, g);
  };
  for (const list of lists) {
    for (const entry of list.hint) {
      const strings = expandEntry(entry.toLowerCase()).map((s) => s.trim()).filter(Boolean);
      const anchor = commonAnchor(strings);
      // Every shipped entry has one; one without ("(id|passport) card") is two entries.
      if (!anchor) throw new Error(`hint entry ${JSON.stringify(entry)}: its strings share no text of 2+ characters; split it`);
      put(anchor, list.boundary, strings);
    }
  }
  return [...byKey.values()];
}

/** The groups in the compact form sensor.js carries (scan/hint-groups.ts HintWordsFile, decodeHintGroups). */
export function encodeHintGroups(groups: HintGroup[]): HintWordsFile {
  const file: HintWordsFile = [[], []];
  for (const g of groups) {
    const strings = g.strings.map((w) => w.join(' '));
    if ([g.anchor, ...strings].some((s) => s.includes('|'))) throw new Error(`hint group ${JSON.stringify(g.anchor)}: "|" separates strings in the hint words`);
    file[g.boundary ? 0 : 1].push(strings.length === 1 && strings[0] === g.anchor ? strings[0] : [g.anchor, ...strings].join('|'));
  }
  return file;
}

/** Each language's contact list (chat-app names, some as small patterns: "телеграмм?"), in CUE_LISTS order. */
export const CONTACT_LISTS = CUE_LISTS.map((l) => ({ lang: l.lang, contact: (Array.isArray(l.contact) ? l.contact : []) as string[] }));

/** A handle the first pass must see after every name: the handle as the full scan's contact pattern needs it. */
export const sampleHandles = (name: string) => [`${name}: ab12`, `${name} @ab12`, `${name}：ab12`];

/**
 * The first pass's chat-app names: every string of every contact entry (expanded, lower-cased and folded as page
 * text is), shortest first, leaving out a name whose handles the names kept so far already find ("텔레그램: x" is
 * found by "텔레", "纸飞机: x" by "飞机"; "line id: x" is not found by "line", so it stays). The first pass tests
 * `includes` for each name on every text it reads, so fewer and shorter is cheaper, and sensor.js carries them.
 */
export function computeContactNames(lists: { contact: string[] }[]): string[] {
  const all = new Set<string>();
  for (const l of lists) for (const entry of l.contact) for (const s of expandEntry(entry.toLowerCase())) all.add(foldText(s.trim()));
  const kept: string[] = [];
  for (const name of [...all].filter(Boolean).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    const re = kept.length ? contactHintPattern(kept) : null;
    if (!re || !sampleHandles(name).every((h) => re.test(h))) kept.push(name);
  }
  return kept;
}
