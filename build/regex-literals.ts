// Build time only: one parser for the word-list entries (data/cues), which are RegExp sources. The page kit's
// anchors (build/cue-anchors.ts) and the first pass's plain strings (build/hint-literals.ts) both read an entry's
// syntax tree from here, so both understand an entry the way the scanner compiles it (no flags but `g`).
import { RegExpParser, type AST } from '@eslint-community/regexpp';

const parser = new RegExpParser({ ecmaVersion: 2025 });

/** An entry's syntax tree. Throws on an entry that is not a valid RegExp source. */
export function parseEntry(entry: string): AST.Pattern {
  return parser.parsePattern(entry, 0, entry.length, { unicode: false, unicodeSets: false });
}

/** More strings than this from one entry means the entry is not a short list of words any more: shorten it. */
export const MAX_EXPANSIONS = 64;

/** Thrown for an entry that matches no finite, short list of strings. */
export class NotLiteralError extends Error {}

/** The characters of a `[abc]` class; null for a range or a negated class (a whole alphabet, not a list of letters). */
export function classCharacters(el: AST.CharacterClass): string[] | null {
  if (el.negate || !el.elements.every((e) => e.type === 'Character')) return null;
  return el.elements.map((e) => String.fromCodePoint((e as AST.Character).value));
}

/** Every string an alternative matches, in order. */
function expandElements(elements: AST.Element[], entry: string): string[] {
  let out = [''];
  for (const el of elements) {
    const options = expandElement(el, entry);
    out = out.flatMap((p) => options.map((o) => p + o));
    if (out.length > MAX_EXPANSIONS) throw new NotLiteralError(`${JSON.stringify(entry)}: over ${MAX_EXPANSIONS} strings`);
  }
  return out;
}

function expandAlternatives(alternatives: AST.Alternative[], entry: string): string[] {
  return [...new Set(alternatives.flatMap((alt) => expandElements(alt.elements, entry)))];
}

function expandElement(el: AST.Element, entry: string): string[] {
  switch (el.type) {
    case 'Character':
      return [String.fromCodePoint(el.value)];
    case 'CharacterClass': {
      const chars = classCharacters(el);
      if (chars) return chars;
      break;
    }
    case 'Group':
    case 'CapturingGroup':
      return expandAlternatives(el.alternatives, entry);
    case 'Quantifier':
      // `?` only: `*`, `+` and `{n,}` match unboundedly many strings, `{n}` is not how the lists spell words.
      if (el.min === 0 && el.max === 1) return [...expandElement(el.element, entry), ''];
      break;
    default:
      // Lookarounds and \b match by what surrounds a string, `.` and \s by a whole class, back references by
      // what came before: none is a list of strings.
      break;
  }
  throw new NotLiteralError(`${JSON.stringify(entry)}: "${el.raw}" is not a finite list of strings`);
}

/**
 * Every string an entry matches, when it is a short list of literal words: characters, escapes of punctuation,
 * `[abc]` classes, groups of alternatives and `?`. Throws (NotLiteralError) on anything else.
 */
export function expandEntry(entry: string): string[] {
  return expandAlternatives(parseEntry(entry).alternatives, entry);
}
