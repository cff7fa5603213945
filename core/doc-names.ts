// A field's label as a reason quotes it (core/id-request.ts): the page's own words, made safe to show. The documents'
// names are messages (public/_locales: docIdCard…), said in the reader's language where the reason is shown.

/** Control characters, bidi overrides and zero-width characters: a page must not restyle our reason with them. */
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** A field's label as a reason quotes it: the page's own words, cut to this length. */
export const LABEL_CHARS = 60;

/**
 * A field's label as a reason quotes it: the page's own words on one line, without control, direction or
 * zero-width characters, at most 60 characters. The scanner cuts it and the background cuts it again (it never
 * trusts the page's message).
 */
export function sanitiseLabel(s: string): string {
  const t = s.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
  return t.length > LABEL_CHARS ? `${t.slice(0, LABEL_CHARS - 1)}…` : t;
}
