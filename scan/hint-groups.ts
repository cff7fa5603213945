// The first pass's word data as sensor.js carries it, and how it reads it back: no data here, so build-time code
// (build/hint-literals.ts, which writes it) and tests can import it without the virtual module that holds the data.

/** Strings under one anchor; each string is its words (matched across any run of white space). */
export interface HintGroup {
  /** Lowercase text every string of the group contains, with no white space or apostrophe. */
  anchor: string;
  /** Latin-script languages: a string counts only as whole words (cue-words.ts WORD_CHAR). */
  boundary: boolean;
  strings: string[][];
}

/**
 * The hint groups as shipped in sensor.js, every page's script, so kept small: the whole-word groups, then the
 * groups matched anywhere; each group one string, "anchor|string|string…" (a string's words joined by one space),
 * or for a group of one string just that string, whose anchor is then its longest word (the first, if several are
 * as long). build/hint-literals.ts encodeHintGroups writes it.
 */
export type HintWordsFile = [whole: string[], anywhere: string[]];

/** The first of the longest runs without white space or apostrophe: a lone string's anchor. */
export function longestWord(s: string): string {
  return s.split(/[\s']/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

export function decodeHintGroups(file: HintWordsFile): HintGroup[] {
  return file.flatMap((entries, i) =>
    entries.map((entry) => {
      const [head, ...strings] = entry.split('|');
      const anchor = strings.length ? head : longestWord(head);
      return { anchor, boundary: i === 0, strings: (strings.length ? strings : [head]).map((w) => w.split(' ')) };
    }),
  );
}

/**
 * The first pass's contact-handle pattern over its chat-app names (build/hint-literals.ts contactNames): a name,
 * up to 8 characters that are not letters, digits or Han, then ":" or "@" and a handle's first two characters; or a
 * t.me / wa.me link. Looser than the full scan's (cue-lists.ts contactHandle), which it only has to let through.
 */
export function contactHintPattern(names: string[]): RegExp {
  return new RegExp(`(?:${names.join('|')})[^0-9a-z\\u00c0-\\u024f\\u3400-\\u9fff\\n]{0,8}?(?:[:：]|@)\\s*@?\\+?[a-z0-9_]{2}|t\\.me\\/|wa\\.me\\/`);
}
