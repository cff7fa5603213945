// The first pass's word data as sensor.js carries it, and how it reads it back: no data here, so build-time code
// (build/hint-literals.ts, which writes it) and tests can import it without the virtual module that holds the data.
import { shortLinkPattern } from './contact-links';

/** Strings under one anchor; each string is its words (matched across any run of white space). */
export interface HintGroup {
  /** Lowercase text every string of the group contains, with no white space or apostrophe. */
  anchor: string;
  /** Latin-script languages: a string counts only as whole words (cue-words.ts WORD_CHAR). */
  boundary: boolean;
  strings: string[][];
}

/**
 * The hint groups as shipped in sensor.js, every page's script, so kept small and read without decoding: the
 * whole-word groups, then the groups matched anywhere; each group one string, "anchor|string|string…" (a string's
 * words joined by one space), or for a group whose one string is its anchor just that string. The anchors are
 * chosen at build time (build/hint-literals.ts encodeHintGroups), so a page reads an entry's strings only when its
 * anchor is in the text (entryAnchor, entryStrings).
 */
export type HintWordsFile = [whole: string[], anywhere: string[]];

/** A shipped entry's anchor: the text before its first "|", or the whole entry. */
export function entryAnchor(entry: string): string {
  const bar = entry.indexOf('|');
  return bar < 0 ? entry : entry.slice(0, bar);
}

/** A shipped entry's strings, each as its words. */
export function entryStrings(entry: string): string[][] {
  const bar = entry.indexOf('|');
  return (bar < 0 ? [entry] : entry.slice(bar + 1).split('|')).map((s) => s.split(' '));
}

/** The groups a shipped file holds (tests, and the build's own check). */
export function decodeHintGroups(file: HintWordsFile): HintGroup[] {
  return file.flatMap((entries, i) => entries.map((e) => ({ anchor: entryAnchor(e), boundary: i === 0, strings: entryStrings(e) })));
}

/**
 * The first pass's contact-handle pattern over its chat-app names (build/hint-literals.ts computeContactNames): a name,
 * up to 8 characters that are not letters, digits or Han, then ":" or "@" and a handle's first two characters; or a
 * chat service's short link (contact-links.ts). Looser than the full scan's (cue-words.ts findContactHandle), which
 * it only has to let through.
 */
export function contactHintPattern(names: string[]): RegExp {
  return new RegExp(`(?:${names.join('|')})[^0-9a-z\\u00c0-\\u024f\\u3400-\\u9fff\\n]{0,8}?(?:[:：]|@)\\s*@?\\+?[a-z0-9_]{2}|${shortLinkPattern()}`);
}
