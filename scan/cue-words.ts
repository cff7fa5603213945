// Cue word matchers: the word lists (data/cues/<lang>.json) compiled into one RegExp per meaning and language, each
// compiled the first time a text may match it (Anchors: in the page kit, a text that holds one of its anchors);
// a group's matchers merge the languages' matches as one alternation would. The lists themselves are NOT bundled
// into sensor.js, the content script every page runs (they would triple its size): cue-lists.ts installs them, in
// the page kit (loaded on a hint) and in Node.
import type { IdDocument } from '../core/types';
import { contactLinkSelector } from './contact-links';
import { foldText } from './text-fold';

/** What a word list means. Document groups name the document they point at; the rest are helpers. */
export const DOC_GROUPS = {
  handheld: 'handheld-id',
  'front-back': 'id-card-front-back',
  'face-scan': 'face-scan',
  passport: 'passport',
  'driving-licence': 'driving-licence',
  'id-card': 'id-card',
  'id-number': 'id-number',
  'proof-of-identity': 'proof-of-identity',
  kyc: 'proof-of-identity',
  'real-name': 'real-name',
} as const satisfies Record<string, IdDocument>;

export type DocGroup = keyof typeof DOC_GROUPS;
/**
 * Groups that say what words are NOT an ID request (../shared/DESIGN.md "How a request is recognised"):
 * - `negation`: a clause that says an ID is not needed or must not be sent ("no ID required", "请勿将身份证照片发给
 *   陌生人", "本人確認書類は不要です"), and anti-fraud advice; ID words in such a clause do not ask for anything;
 * - `other-number`: numbers that are not national IDs (student, employee, member, order, tracking… numbers);
 * - `portrait`: a portrait that is not a document (avatar, profile photo, 证件照 / passport-photo maker);
 * - `not-a-number`: date, expiry, issue, validity, country, birth and place words: a text field named for a document
 *   with one of them asks for its date or place ("Ausstellungsdatum des Personalausweises"), not its number.
 * `negative` names other things a control may ask for (CV, receipt, review photos).
 */
export type NotGroup = 'negation' | 'other-number' | 'portrait' | 'not-a-number';
export type Group = DocGroup | NotGroup | 'upload' | 'drop' | 'offer' | 'contact' | 'negative';
export const GROUPS: Group[] = [...(Object.keys(DOC_GROUPS) as DocGroup[]), 'upload', 'drop', 'offer', 'contact', 'negative', 'negation', 'other-number', 'portrait', 'not-a-number'];

export interface CueList {
  lang: string;
  /** Latin-script languages match whole words only ("id" must not hit "video"). */
  boundary: boolean;
  /** Where a national document or number name was confirmed: entry → https page of a government or carrier. */
  sources?: Record<string, string>;
  /** Document-name entries that are plain words of the language ("identity card"), needing no source. */
  common?: string[];
  /** Added at build time for the page kit (build/cue-anchors.ts), by group: see Anchors. */
  anchors?: Record<string, string[]>;
  [group: string]: string[] | string | boolean | Record<string, string> | Record<string, string[]> | undefined;
}

export interface WordMatch {
  lang: string;
  /** The matched words, as found in the normalised text. */
  text: string;
  index: number;
}

export interface Matcher {
  /** First match in `text` (already normalised with `normalise`), or null. */
  find(text: string): WordMatch | null;
  /** `text` with every match replaced by spaces of the same length (indexes into it stay valid). */
  blank(text: string): string;
  /** Every match (at most 50), leftmost first. */
  all(text: string): WordMatch[];
}

/**
 * A letter or digit of a spaced (Latin-script) language: ASCII, Latin-1, Latin Extended-A/B and Vietnamese.
 * A plain class instead of \p{L}: Unicode property classes made each RegExp many times slower to compile and run.
 */
const WORD_CHAR = '[0-9a-z\\u00c0-\\u024f\\u1e00-\\u1eff]';

/** One language's RegExp source for one group (whole words for spaced scripts); null when it has no words there. */
export function languagePattern(list: CueList, group: string): string | null {
  const words = list[group];
  if (!Array.isArray(words) || !words.length) return null;
  // Word entries may group with (…); non-capturing, as a match's groups are never read.
  const alt = words.join('|').replace(/(?<!\\)\((?!\?)/g, '(?:');
  // Whole words for spaced scripts: no letter or digit may touch the match on either side.
  return list.boundary ? `(?<!${WORD_CHAR})(?:${alt})(?!${WORD_CHAR})` : alt;
}

/**
 * Which (group, language) RegExps may match a text. A list without `anchors` (Node callers, tests) runs every
 * group on every text, and so does a group the build gave no anchors. Otherwise a group's RegExp runs only on a text
 * that contains one of its anchors: literal strings of which every match of the group's words contains one
 * (build/cue-anchors.ts), so leaving it out changes no answer, and a RegExp is compiled only when a text may match
 * it. Compiling them was most of an ID page's scan (docs/performance.md): most groups of most languages never meet
 * a text they could match.
 */
class Anchors {
  /** Per language: a bit per group (GROUPS order) that runs on every text. */
  private readonly always: Uint32Array;
  private readonly strings: string[] = [];
  private readonly lang: number[] = [];
  private readonly bit: number[] = [];
  /** The RegExps compiled so far, as "language group" (compiledRegExps: for tests). */
  readonly compiled: string[] = [];
  /**
   * The anchors by the hash of their first two characters (pairHash), as chains: `head[h]` is one plus the index of
   * the first anchor with hash h (0: none), `next[k + 1]` likewise the one after anchor k. Typed arrays, built on
   * the first text: a page's content-script world ran a Map lookup per character many times slower than Node does
   * (docs/performance.md).
   */
  private head: Uint16Array | null = null;
  private next: Uint16Array | null = null;
  /** The last texts asked about and their answers: every group asks about the same text in turn. */
  private readonly seen = new Map<string, Uint32Array>();

  constructor(lists: CueList[]) {
    if (GROUPS.length > 32) throw new Error('more groups than bits in a Uint32Array entry');
    this.always = new Uint32Array(lists.length);
    lists.forEach((l, i) => {
      GROUPS.forEach((g, gi) => {
        const anchors = l.anchors?.[g];
        if (!anchors) {
          this.always[i] |= 1 << gi;
          return;
        }
        for (const a of anchors) {
          // build/cue-anchors.ts makes none shorter (a group that would need one has none, and always runs).
          if (a.length < 2) throw new Error(`cue anchor "${a}" (${l.lang} ${g}) is shorter than two characters`);
          this.strings.push(a);
          this.lang.push(i);
          this.bit.push(1 << gi);
        }
      });
    });
    if (this.strings.length >= 0xffff) throw new Error(`${this.strings.length} cue anchors: more than the chains can index`);
  }

  private chains(): { head: Uint16Array; next: Uint16Array } {
    if (!this.head || !this.next) {
      const head = new Uint16Array(PAIR_HASHES);
      const next = new Uint16Array(this.strings.length + 1);
      for (let k = 0; k < this.strings.length; k++) {
        const h = pairHash(this.strings[k].charCodeAt(0), this.strings[k].charCodeAt(1));
        next[k + 1] = head[h];
        head[h] = k + 1;
      }
      this.head = head;
      this.next = next;
    }
    return { head: this.head, next: this.next };
  }

  /** Per language, a bit for each group whose RegExp may match `text`. */
  groupsIn(text: string): Uint32Array {
    const known = this.seen.get(text);
    if (known) return known;
    const out = this.always.slice();
    if (this.strings.length) {
      const { head, next } = this.chains();
      const len = text.length - 1;
      for (let i = 0; i < len; i++) {
        for (let j = head[pairHash(text.charCodeAt(i), text.charCodeAt(i + 1))]; j; j = next[j]) {
          const k = j - 1;
          if (!(out[this.lang[k]] & this.bit[k]) && text.startsWith(this.strings[k], i)) out[this.lang[k]] |= this.bit[k];
        }
      }
    }
    if (this.seen.size >= SEEN_TEXTS) this.seen.clear();
    this.seen.set(text, out);
    return out;
  }
}

/** Texts whose answer Anchors keeps: the few a field or a chunk is asked about, group after group. */
const SEEN_TEXTS = 16;

/** Hashes of two characters (a power of two): a 128 KB table per kit page, and few pairs share one. */
const PAIR_HASHES = 1 << 16;

/** A small integer for two characters; different pairs may share one (the anchor itself is compared after). */
function pairHash(c: number, d: number): number {
  return (c * 31 + d) & (PAIR_HASHES - 1);
}

/** A match in one language's list (its index in the lists). */
type Hit = { index: number; end: number; lang: number; text: string };

/** `text` with `length` characters from `index` replaced by spaces: indexes into it stay valid. */
function blankAt(text: string, index: number, length: number): string {
  return text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
}

/** One group's matcher over the lists: each language's RegExp compiled the first time a text may match it. */
export function compileGroup(group: string, lists: CueList[], anchors = new Anchors(lists)): Matcher {
  // A group the scanner does not match with (the first pass's `hint`, in tests) has no anchors: it always runs.
  const at = GROUPS.indexOf(group as Group);
  const bit = at < 0 ? 0 : 1 << at;
  const res: Array<RegExp | null | undefined> = [];
  const regexp = (l: number): RegExp | null => {
    if (res[l] === undefined) {
      const source = languagePattern(lists[l], group);
      res[l] = source === null ? null : new RegExp(source, 'g');
      if (source !== null) anchors.compiled.push(`${lists[l].lang} ${group}`);
    }
    return res[l];
  };
  /** Matches in `text` of the languages that may match it, leftmost first and not overlapping, as one alternation would give. */
  const hits = (text: string, max: number): Hit[] => {
    const all: Hit[] = [];
    const may = bit ? anchors.groupsIn(text) : null;
    for (let l = 0; l < lists.length; l++) {
      const re = !may || may[l] & bit ? regexp(l) : null;
      if (!re) continue;
      re.lastIndex = 0;
      for (let n = 0, m = re.exec(text); m && n < max; n++, m = re.exec(text)) {
        all.push({ index: m.index, end: m.index + Math.max(1, m[0].length), lang: l, text: m[0] });
        re.lastIndex = m.index + Math.max(1, m[0].length);
      }
    }
    // One language: already in order. Several: leftmost first, the earlier list on a tie, none overlapping.
    if (all.length < 2) return all;
    all.sort((a, b) => a.index - b.index || a.lang - b.lang);
    const out: Hit[] = [];
    for (const h of all) if (!out.length || h.index >= out[out.length - 1].end) out.push(h);
    return out.slice(0, max);
  };
  return {
    find(text) {
      const h = hits(text, 1)[0];
      return h ? { lang: lists[h.lang].lang, text: h.text, index: h.index } : null;
    },
    blank: (text) => hits(text, Infinity).reduce((out, h) => blankAt(out, h.index, h.text.length), text),
    all: (text) => hits(text, 50).map((h) => ({ lang: lists[h.lang].lang, text: h.text, index: h.index })),
  };
}

/** Document names a number can belong to: "user id" + "card" is the user's ID card, not a user ID. */
const CARD_GROUPS: Group[] = ['id-card', 'passport', 'driving-licence'];

let compiled: Record<Group, Matcher> | null = null;
let anchorsInUse: Anchors | null = null;
let contactRe: RegExp | null = null;

/** Installs the word lists (cue-lists.ts useBundledCueWords: the page kit, Node scripts, tests). */
export function useCueLists(lists: CueList[]): void {
  const anchors = new Anchors(lists);
  const out = {} as Record<Group, Matcher>;
  for (const g of GROUPS) out[g] = compileGroup(g, lists, anchors);
  out['other-number'] = outsideDocumentNames(out['other-number'], CARD_GROUPS.map((g) => out[g]));
  compiled = out;
  anchorsInUse = anchors;
  const names = lists.flatMap((l) => (Array.isArray(l.contact) ? l.contact : []));
  // Only a handle counts ("TG @esim1088", "QQ：123456", "微信: abc_123"); the bare word does not.
  contactRe = new RegExp(
    `(?<![a-z])(?:${names.join('|')})[^0-9a-z\\u00c0-\\u024f\\u3400-\\u9fff\\n]{0,8}?(?:(?:id|号码?|號碼?)\\s*[:：]?|[:：]|@)\\s*@?\\+?[a-z0-9_][a-z0-9_.+ -]{3,31}|(?:t\\.me|wa\\.me)/[a-z0-9_+]{3,}`,
  );
}

/** The (group, language) RegExps compiled so far, as "language group": for tests. */
export function compiledRegExps(): string[] {
  return anchorsInUse ? [...anchorsInUse.compiled] : [];
}

/** The compiled matchers; throws when no patterns were installed (a programming error, not page input). */
export function matchers(): Record<Group, Matcher> {
  if (!compiled) throw new Error('Cue words not loaded: call useCueLists() (or useBundledCueWords() in Node) first');
  return compiled;
}

/**
 * Lower case, letter variants folded (text-fold.ts: right-to-left marks, Arabic and Persian yeh/kaf, …), curly
 * quotes straightened, runs of white space collapsed: the form every matcher expects.
 */
export function normalise(text: string): string {
  return foldText(text.toLowerCase()).replace(/[’`´]/g, "'").replace(/\s+/g, ' ');
}

/**
 * `idCardFront` / `id_card-front` / `IDCardFront` → "id card front": attribute values read like words, split at
 * every case change (an acronym ends before the capital that starts the next word) and at separators.
 */
export function identifierWords(value: string): string {
  return value.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').replace(/[_\-.[\]]+/g, ' ');
}

/**
 * `numbers` (the numbers that are not national IDs: "student ID", "order no", "user id") without the matches a
 * document's name starts inside and runs on past: "user id card no" (`user_IdCard_no`) asks for the user's ID card,
 * while "student id card" stays a student card (its entry covers the card). Every reader of the group gets this.
 */
function outsideDocumentNames(numbers: Matcher, documents: Matcher[]): Matcher {
  const all = (text: string) =>
    numbers.all(text).filter((o) => {
      // Only the words from the number's start to a little past its end are read again: a page chunk is long.
      const near = text.slice(o.index, o.index + o.text.length + 40);
      const end = o.text.length;
      return !documents.some((d) => d.all(near).some((w) => w.index > 0 && w.index < end && w.index + w.text.length > end));
    });
  return {
    all,
    find: (text) => all(text)[0] ?? null,
    blank: (text) => all(text).reduce((out, o) => blankAt(out, o.index, o.text.length), text),
  };
}

/**
 * Clause ends: a negation or a piece of advice reaches as far as its sentence, or its CJK comma clause
 * ("无需上传身份证，只需上传头像"), or the Arabic question mark, Urdu full stop or Bengali/Hindi danda. Latin commas do
 * not end one ("we never ask for your ID, passport or SSN").
 */
const CLAUSE_END = /[。．！？!?;；，\n|؟۔।]/;

function isClauseEnd(text: string, i: number): boolean {
  const c = text[i];
  // A full stop ends a clause when a space follows: "t.me/x" and "e.g." stay whole.
  return CLAUSE_END.test(c) || (c === '.' && (text[i + 1] ?? ' ') === ' ');
}

/** `text` split into clauses, each with its start index (so matches in a clause map back into `text`). */
export function clauses(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isClauseEnd(text, i)) {
      if (i > start) out.push({ text: text.slice(start, i + 1), start });
      start = i + 1;
    }
  }
  return out;
}

/**
 * What of a text can ask for an ID: clauses that say no ID is needed or warn against sending one are blanked, and
 * so are portraits ("证件照", "passport photo") and numbers that are not national IDs ("student ID number"), so that
 * "passport" or "ID number" inside them names nothing. Same length as `text`: indexes stay valid.
 */
export function askingText(text: string): string {
  const m = matchers();
  let out = text;
  // One run over the whole text; only the clauses around a match are looked for (a chunk has hundreds of clauses).
  for (const { index } of m.negation.all(text)) {
    let a = index;
    while (a > 0 && !isClauseEnd(text, a - 1)) a--;
    let b = index;
    while (b < text.length && !isClauseEnd(text, b)) b++;
    out = blankAt(out, a, b - a);
  }
  return m['other-number'].blank(m.portrait.blank(out));
}

/** The first word of these groups in `text`, and where; null when none. */
export function firstOf(text: string, groups: Group[]): (WordMatch & { group: Group }) | null {
  const m = matchers();
  let best: (WordMatch & { group: Group }) | null = null;
  for (const g of groups) {
    const hit = m[g].find(text);
    if (hit && (!best || hit.index < best.index)) best = { ...hit, group: g };
  }
  return best;
}

/** Which documents a text names, most specific first (one per document). */
export function findDocs(text: string): Array<{ doc: IdDocument; match: WordMatch }> {
  const m = matchers();
  const out: Array<{ doc: IdDocument; match: WordMatch }> = [];
  for (const g of Object.keys(DOC_GROUPS) as DocGroup[]) {
    const doc = DOC_GROUPS[g];
    if (out.some((o) => o.doc === doc)) continue;
    const match = m[g].find(text);
    if (match) out.push({ doc, match });
  }
  return out;
}

// Off-platform contacts: a link to a chat service, or a chat service's name followed by a handle or number.
// Only a handle counts ("TG @esim1088", "QQ：123456", "微信: abc_123"); the bare word (a news article about
// QQ scams) does not.
export const CONTACT_LINK_SELECTOR = contactLinkSelector();

/** A chat-service name followed by a handle or number, in any listed language; null when none. */
export function findContactHandle(text: string): string | null {
  matchers();
  const m = contactRe!.exec(text);
  return m ? m[0] : null;
}
