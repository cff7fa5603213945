// The first pass's words (sensor.js, every page): is there a hint word or a contact handle in this text? A hint
// only starts the full scan; it decides nothing.
//
// No RegExp for the words: each language's short "hint" list (data/cues/<lang>.json) is expanded at build time
// (build/hint-literals.ts, served as `virtual:hint-words` by build/hint-words-plugin.ts) into the plain strings its
// entries match ("id ?cards?" → "id card", "idcard", …), grouped under an anchor every one of them contains. A page
// pays one `includes` per anchor; only an anchor that is there ("face" in "facebook") has its few strings checked,
// by hand. Compiling one combined hint RegExp in every page's fresh world cost more than the whole quiet-page
// budget (docs/performance.md), and every page that said "Facebook", "credit card" or "security" paid it.
// Nothing is decoded or compiled when the script loads: a quiet page reads only the anchors (docs/performance.md).
import hintGroupsFile, { contactNames } from 'virtual:hint-words';
import { CHAT_SHORT_LINKS } from './contact-links';
import { contactHintPattern, entryAnchor, entryStrings } from './hint-groups';
import { foldText } from './text-fold';

/**
 * True for characters that continue a word in whole-word lists (cue-words.ts WORD_CHAR: ASCII digits and
 * lowercase letters, Latin and Vietnamese letters). NaN (past either end of the text) is not one.
 */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** The characters JavaScript's \s matches (what cue-words.ts `normalise` collapses to one space). */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether `words` occur in `lower` at `i`, separated by white space; the index after them, or -1. */
function wordsAt(lower: string, i: number, words: string[]): number {
  let at = i + words[0].length;
  for (let k = 1; k < words.length; k++) {
    if (!isSpace(lower.charCodeAt(at))) return -1;
    while (isSpace(lower.charCodeAt(at))) at++;
    if (!lower.startsWith(words[k], at)) return -1;
    at += words[k].length;
  }
  return at;
}

/** Whether one expanded string occurs in lowercased text (as whole words when `boundary`). */
function hasString(lower: string, words: string[], boundary: boolean): boolean {
  const head = words[0];
  for (let i = lower.indexOf(head); i >= 0; i = lower.indexOf(head, i + 1)) {
    if (boundary && isWordChar(lower.charCodeAt(i - 1))) continue;
    const end = wordsAt(lower, i, words);
    if (end >= 0 && !(boundary && isWordChar(lower.charCodeAt(end)))) return true;
  }
  return false;
}

/** Curly and typewriter apostrophes as normalise() writes them: the strings hold only "'". */
function straightQuotes(lower: string): string {
  for (const q of ['’', '`', '´']) if (lower.includes(q)) lower = lower.split(q).join("'");
  return lower;
}

/** Lowercased text holds a hint word (any language). */
function hasWords(lower: string): boolean {
  for (let i = 0; i < 2; i++) {
    for (const entry of hintGroupsFile[i]) {
      if (!lower.includes(entryAnchor(entry))) continue;
      for (const s of entryStrings(entry)) if (hasString(lower, s, i === 0)) return true;
    }
  }
  return false;
}

/**
 * Chat apps whose name before a ":" or "@" and a handle is a contact hint: the names of every language's "contact"
 * list (data/cues), as few as still find each of them (build/hint-literals.ts computeContactNames). Every contact-handle
 * match holds one of these names (or a short chat link, contact-links.ts) and a ":" or "@".
 */
export const CONTACT_NAMES = contactNames;
let contactHint: RegExp | undefined;
/** The contact RegExp, made on the first text that may hold a handle (most pages have none). */
export const contactHintRegExp = (): RegExp => (contactHint ??= contactHintPattern(CONTACT_NAMES));
const CONTACT_MARKS = [':', '：', '@'];

function mayHaveContact(lower: string): boolean {
  if (CHAT_SHORT_LINKS.some((l) => lower.includes(l))) return true;
  return CONTACT_MARKS.some((m) => lower.includes(m)) && CONTACT_NAMES.some((n) => lower.includes(n));
}

/**
 * True when text holds a hint word or a contact handle. The contact RegExp (small) runs only when an app name and
 * a ":" or "@" are both in the text, on the text with white space collapsed as the full scan sees it.
 */
export function hasHintWords(text: string): boolean {
  const lower = straightQuotes(foldText(text.toLowerCase()));
  if (hasWords(lower)) return true;
  return mayHaveContact(lower) && contactHintRegExp().test(lower.replace(/\s+/g, ' '));
}
