// Build-time: derives data/confusables-skeleton.json, the compact confusables table core/confusables.ts uses to
// compute a Unicode skeleton of a domain (UTS #39, section 4 "Confusable Detection").
//
// Source: the npm package `unhomoglyph` 1.0.6, whose data.json is Unicode's "Recommended confusable mapping for
// IDN" (https://www.unicode.org/Public/security/13.0.0/confusables.txt, MA table) as a char → prototype map.
// We keep only what domain comparison needs: source characters from the scripts a lookalike of a registry domain
// is written in (Latin, IPA, Greek, Cyrillic, Armenian, full-width and letter-like forms, ASCII digits), and only
// mappings whose prototype, lowercased and mapped again, is plain ASCII [a-z0-9-]. Every registry domain is ASCII,
// so a skeleton character outside that set can never make two domains equal.
//
// Run: npx tsx build/gen-confusables.ts   (rewrites the JSON; the test in tests/unit/lookalike.test.ts checks
// that the committed file matches what this script produces)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../data/confusables-skeleton.json');

/** Code-point ranges of the scripts that matter for lookalikes of our (ASCII) registry domains. */
const SOURCE_RANGES: [number, number][] = [
  [0x0021, 0x024f], // ASCII (digits: 0 → o, 1 → l; m → rn), Latin-1 Supplement, Latin Extended-A/B
  [0x0250, 0x02af], // IPA Extensions (ɑ, ɡ, ɩ …)
  [0x0370, 0x03ff], // Greek and Coptic
  [0x0400, 0x052f], // Cyrillic and Cyrillic Supplement
  [0x0530, 0x058f], // Armenian (օ, ս, հ look like o, u, h)
  [0x1d00, 0x1dbf], // Phonetic Extensions (small capitals)
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x1f00, 0x1fff], // Greek Extended
  [0x2100, 0x214f], // Letterlike Symbols
  [0x2c60, 0x2c7f], // Latin Extended-C
  [0xa720, 0xa7ff], // Latin Extended-D
  [0xff00, 0xffef], // Halfwidth and Fullwidth Forms
];

/**
 * Letters Chromium's skeleton generator folds in addition to confusables.txt (components/url_formatter/spoof_checks/
 * skeleton_generator.cc, "kMapper" extra mappings), because they are one stroke from an ASCII letter.
 */
const EXTRA: Record<string, string> = { 'ł': 'l', 'ı': 'i', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ŧ': 't', 'þ': 'b', 'ß': 'b' };

const ASCII_SKELETON = /^[a-z0-9-]+$/;

export function buildSkeletonTable(data: Record<string, string>): Record<string, string> {
  const fold = (s: string, depth = 0): string => {
    const lower = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (depth > 3) return lower;
    let out = '';
    for (const ch of lower) out += ch in EXTRA ? EXTRA[ch] : data[ch] !== undefined && data[ch] !== ch ? fold(data[ch], depth + 1) : ch;
    return out;
  };
  const table: Record<string, string> = {};
  for (const [src, target] of Object.entries(data)) {
    const cp = src.codePointAt(0)!;
    if ([...src].length !== 1 || !SOURCE_RANGES.some(([a, b]) => cp >= a && cp <= b)) continue;
    const skel = fold(target);
    // Lowercase ASCII letters map to themselves once lowercased; record only real foldings.
    if (ASCII_SKELETON.test(skel) && skel !== src.toLowerCase()) table[src] = skel;
  }
  for (const [src, skel] of Object.entries(EXTRA)) table[src] = skel;
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!));
}

export function loadUnhomoglyphData(): Record<string, string> {
  return createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const table = buildSkeletonTable(loadUnhomoglyphData());
  writeFileSync(OUT, JSON.stringify(table, null, 0).replace(/","/g, '",\n"') + '\n');
  console.log(`wrote ${Object.keys(table).length} mappings to ${OUT}`);
}
