// Cue word matchers: the word lists (data/cues/<lang>.json) compiled into one RegExp per meaning, so a text is
// tested once per meaning for all languages together. Each language is a capture group, so a match also says
// which list hit. The lists themselves are NOT bundled into sensor.js, the content script every page runs (they
// would triple its size): cue-lists.ts installs them, in the page kit (loaded on a hint) and in Node. Each
// meaning's RegExp is compiled the first time it is asked: compiling is most of a page's first scan.
import type { IdDocument } from '../core/types';
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
  [group: string]: string[] | string | boolean | Record<string, string> | undefined;
}

/** One meaning's RegExp source for all languages, and the language of each capture group. */
export interface GroupPattern {
  source: string;
  langs: string[];
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
  /** Where every match starts (at most 50). */
  starts(text: string): number[];
}

/**
 * A letter or digit of a spaced (Latin-script) language: ASCII, Latin-1, Latin Extended-A/B and Vietnamese.
 * A plain class instead of \p{L}: Unicode property classes made each RegExp many times slower to compile and run.
 */
const WORD_CHAR = '[0-9a-z\\u00c0-\\u024f\\u1e00-\\u1eff]';

/** The RegExp source of one group across languages (whole words for spaced scripts). */
export function groupPattern(group: string, lists: CueList[]): GroupPattern {
  const langs: string[] = [];
  const parts: string[] = [];
  for (const list of lists) {
    const words = list[group];
    if (!Array.isArray(words) || !words.length) continue;
    // Word entries may group with (…); make those non-capturing so group N still means language N.
    const alt = words.join('|').replace(/(?<!\\)\((?!\?)/g, '(?:');
    // Whole words for spaced scripts: no letter or digit may touch the match on either side.
    parts.push(list.boundary ? `((?<!${WORD_CHAR})(?:${alt})(?!${WORD_CHAR}))` : `(${alt})`);
    langs.push(list.lang);
  }
  return { source: parts.join('|'), langs };
}

export function compileGroup(p: GroupPattern): Matcher {
  // One global RegExp serves all three questions: V8 compiles a source once per flag set, so a second, non-global
  // copy for find() compiled the biggest groups (negation, other-number, portrait, offer) twice on every page.
  // A group no list fills (a new group before every language has it) matches nothing.
  let re: RegExp | null = null;
  const exec = (text: string, from: number) => {
    re ??= new RegExp(p.source || '(?!)', 'g');
    re.lastIndex = from;
    return re.exec(text);
  };
  return {
    blank(text) {
      re ??= new RegExp(p.source || '(?!)', 'g');
      return text.replace(re, (m) => ' '.repeat(m.length));
    },
    starts(text) {
      const out: number[] = [];
      for (let m = exec(text, 0); m && out.length < 50; m = exec(text, m.index + Math.max(1, m[0].length))) out.push(m.index);
      return out;
    },
    find(text) {
      const m = exec(text, 0);
      if (!m) return null;
      let i = 1;
      while (m[i] === undefined) i++;
      return { lang: p.langs[i - 1], text: m[0], index: m.index };
    },
  };
}

let compiled: Record<Group, Matcher> | null = null;
let contactRe: RegExp | null = null;

/** Installs the word lists (cue-lists.ts useBundledCueWords: the page kit, Node scripts, tests). */
export function useCueLists(lists: CueList[]): void {
  const out = {} as Record<Group, Matcher>;
  for (const g of GROUPS) out[g] = compileGroup(groupPattern(g, lists));
  compiled = out;
  const names = lists.flatMap((l) => (Array.isArray(l.contact) ? l.contact : []));
  // Only a handle counts ("TG @esim1088", "QQ：123456", "微信: abc_123"); the bare word does not.
  contactRe = new RegExp(
    `(?<![a-z])(?:${names.join('|')})[^0-9a-z\\u00c0-\\u024f\\u3400-\\u9fff\\n]{0,8}?(?:(?:id|号码?|號碼?)\\s*[:：]?|[:：]|@)\\s*@?\\+?[a-z0-9_][a-z0-9_.+ -]{3,31}|(?:t\\.me|wa\\.me)/[a-z0-9_+]{3,}`,
  );
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

/** `idCardFront` / `id_card-front` → "id card front": attribute values read like words. */
export function identifierWords(value: string): string {
  return value.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.[\]]+/g, ' ');
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
  for (const at of m.negation.starts(text)) {
    let a = at;
    while (a > 0 && !isClauseEnd(text, a - 1)) a--;
    let b = at;
    while (b < text.length && !isClauseEnd(text, b)) b++;
    out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
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
export const CONTACT_LINK_SELECTOR = [
  'a[href*="t.me/" i]',
  'a[href^="tg:" i]',
  'a[href*="telegram.me/" i]',
  'a[href*="wa.me/" i]',
  'a[href*="whatsapp.com/" i]',
  'a[href^="whatsapp:" i]',
  'a[href^="weixin:" i]',
  'a[href*="qm.qq.com" i]',
  'a[href^="tencent:" i]',
  'a[href*="line.me/" i]',
  'a[href*="zalo.me/" i]',
  'a[href*="open.kakao.com" i]',
].join(',');

/** A chat-service name followed by a handle or number, in any listed language; null when none. */
export function findContactHandle(text: string): string | null {
  matchers();
  const m = contactRe!.exec(text);
  return m ? m[0] : null;
}
