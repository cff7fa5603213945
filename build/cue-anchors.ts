// Build time only (build/cue-data-plugin.ts, tests): each cue list's anchors per group, the literal strings that
// tell the page kit a text may hold that group's words in that language. For every entry of a group, at least one
// of the group's anchors is a substring of any text the entry matches (it is a run of literal characters the entry
// cannot match without), so a text that contains none of them cannot match the group's RegExp: the kit compiles
// and runs a (group, language) RegExp only on texts that contain one of its anchors (scan/cue-words.ts), and
// matches exactly as if all ran. Compiling the RegExps was most of an ID page's scan (docs/performance.md).
import type { AST } from '@eslint-community/regexpp';
import { GROUPS, type CueList } from '../scan/cue-words';
import { classCharacters, parseEntry } from './regex-literals';

type Anchors = string[] | null;

/** How good a set of anchors is: its shortest string's length (a short anchor is found in more texts), then fewer. */
function better(a: Anchors, b: Anchors): boolean {
  if (!a) return false;
  if (!b) return true;
  const la = Math.min(...a.map((s) => s.length));
  const lb = Math.min(...b.map((s) => s.length));
  return la !== lb ? la > lb : a.length < b.length;
}

/** Anchors of a disjunction: every alternative needs one of its own, or there are none. */
function ofAlternatives(alternatives: AST.Alternative[]): Anchors {
  const out = new Set<string>();
  for (const alt of alternatives) {
    const a = ofSequence(alt.elements);
    if (!a) return null;
    for (const s of a) out.add(s);
  }
  return [...out];
}

/** Variants a run of literal characters may spell out at most ("re[çc]u" → "reçu", "recu"). */
const MAX_VARIANTS = 16;

/** The strings a group is, when each of its alternatives is literal characters only ("(一|二)寸" → 一, 二). */
function groupStrings(el: AST.Group | AST.CapturingGroup): string[] | null {
  const out: string[] = [];
  for (const alt of el.alternatives) {
    if (!alt.elements.length || alt.elements.some((e) => e.type !== 'Character')) return null;
    out.push(alt.elements.map((e) => String.fromCodePoint((e as AST.Character).value)).join(''));
  }
  return out;
}

/**
 * The best anchors of a sequence: its longest run of literal characters (a short class spelled out in each of its
 * characters), or the best of its mandatory groups.
 */
function ofSequence(elements: AST.Element[]): Anchors {
  let best: Anchors = null;
  let run = [''];
  const endRun = () => {
    if (run[0] && better(run, best)) best = run;
    run = [''];
  };
  for (const el of elements) {
    if (el.type === 'Character') {
      const c = String.fromCodePoint(el.value);
      run = run.map((r) => r + c);
      continue;
    }
    const chars = el.type === 'CharacterClass' ? classCharacters(el) : el.type === 'Group' || el.type === 'CapturingGroup' ? groupStrings(el) : null;
    if (chars && chars.length * run.length <= MAX_VARIANTS) {
      run = run.flatMap((r) => chars.map((c) => r + c));
      continue;
    }
    endRun();
    const inner = mandatory(el);
    if (better(inner, best)) best = inner;
  }
  endRun();
  return best;
}

/** Anchors an element's every match contains (null when it may match without any literal, or not at all). */
function mandatory(el: AST.Element): Anchors {
  switch (el.type) {
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(el.alternatives);
    case 'Quantifier':
      return el.min >= 1 ? mandatory(el.element) : null;
    case 'Character':
      return [String.fromCodePoint(el.value)];
    default:
      // Classes, sets (\s, .), assertions and lookarounds (zero-width), back references: no literal of their own.
      return null;
  }
}

/** One word-list entry's anchors, as the scanner compiles it (no flags but `g`). Throws on an invalid entry. */
export function entryAnchors(entry: string): Anchors {
  return ofAlternatives(parseEntry(entry).alternatives);
}

/** The shortest anchors that cover `anchors`: one that contains another is left out (a text with it has both). */
function minimal(anchors: Iterable<string>): string[] {
  const sorted = [...new Set(anchors)].sort((x, y) => x.length - y.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** One group's anchors in a list: every entry's. Null when some entry has none of two characters or more. */
function groupAnchors(words: string[]): Anchors {
  const all: string[] = [];
  for (const entry of words) {
    const a = entryAnchors(entry);
    if (!a || a.some((s) => s.length < 2)) return null;
    all.push(...a);
  }
  return minimal(all);
}

/**
 * A list's anchors by group, for each group with words whose every entry has anchors of two characters or more
 * (the kit looks anchors up by their first two). A group left out runs on every text the kit reads.
 */
export function listAnchors(list: CueList): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of GROUPS) {
    const words = list[group];
    if (!Array.isArray(words) || !words.length) continue;
    const a = groupAnchors(words);
    if (a) out[group] = a;
  }
  return out;
}
