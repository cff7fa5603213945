// Build-time: which Han characters are written only in Simplified Chinese, only in Traditional Chinese, or only in
// Japanese (shinjitai), from OpenCC's tables (opencc-js), so the popup's lookup can tell "电子身份证" (mainland)
// from "電子身份證" (Taiwan, Hong Kong, Macao) and "警察庁" (Japan), and choose the query's region before the
// browser's; and a compact cut of them for the judge in the background (compactHanScripts). opencc-js never ships:
// only these strings, in the popup's registry chunk and the background.
import st from 'opencc-js/dict/STCharacters';
import ts from 'opencc-js/dict/TSCharacters';
import stPhrases from 'opencc-js/dict/STPhrases';
import tsPhrases from 'opencc-js/dict/TSPhrases';
import shinjitai from 'opencc-js/dict/JPShinjitaiCharacters';
import type { HanScripts } from '../core/han-script';

/** OpenCC dictionaries are "key value value|key value…". */
function rows(dict: string): string[][] {
  return dict.split('|').map((row) => row.split(' '));
}

/** Every character the other script's phrases use: 后 (皇后), 干 (干涉) and 里 (公里) are written in both. */
function charsOfValues(dict: string): Set<string> {
  const chars = new Set<string>();
  for (const [, ...values] of rows(dict)) for (const v of values) for (const c of v) chars.add(c);
  return chars;
}

/**
 * Characters of the CJK Unified Ideographs block (U+4E00–U+9FFF: what people type) that the table converts to
 * something else and that the other script never writes, in a phrase or alone.
 */
function onlyIn(characters: string, usedByOther: Set<string>): string {
  const out: string[] = [];
  for (const [key, ...values] of rows(characters)) {
    if (!key || [...key].length !== 1 || values.includes(key) || usedByOther.has(key)) continue;
    const cp = key.codePointAt(0)!;
    if (cp >= 0x4e00 && cp <= 0x9fff) out.push(key);
  }
  return [...new Set(out)].sort().join('');
}

export function buildHanScripts(): HanScripts {
  // Shinjitai (Japan's simplified forms: 庁, 駅, 険) that neither Chinese table writes anywhere.
  const chinese = new Set<string>();
  for (const dict of [st, ts, stPhrases, tsPhrases]) for (const row of rows(dict)) for (const w of row) for (const c of w) chinese.add(c);
  const japanese = rows(shinjitai)
    .map(([key]) => key ?? '')
    .filter((c) => [...c].length === 1 && !chinese.has(c));
  return {
    simplified: onlyIn(st, charsOfValues(stPhrases)),
    traditional: onlyIn(ts, charsOfValues(tsPhrases)),
    japanese: [...new Set(japanese)].sort().join(''),
  };
}

/**
 * The tables cut to the characters of `vocabulary` (build/registry-index-plugin.ts hanVocabulary: the words ID
 * pages, brands and everyday messages write), for the judge, which reads a page's title and headings: about 500
 * characters of the ~5,800 the whole tables hold, which would add ~17 KB to the background.
 */
export function compactHanScripts(vocabulary: string, full: HanScripts = buildHanScripts()): HanScripts {
  const words = new Set(vocabulary);
  const keep = (s: string) => [...s].filter((c) => words.has(c)).join('');
  return { simplified: keep(full.simplified), traditional: keep(full.traditional), japanese: keep(full.japanese) };
}
