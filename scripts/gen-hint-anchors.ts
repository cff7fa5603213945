// Build-time: derives data/hint-anchors.json, the literal pre-check of the first pass (lib/scan/hint-words.ts):
// for each hint entry of every language, the plain text every match must contain, and whether it counts only as a
// whole word. Rerun after editing any data/cues/*.json hint list; tests/unit/scan-hint-words.test.ts fails until
// the committed file matches.
//
// Run: npx tsx scripts/gen-hint-anchors.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeHintAnchors, HINT_LISTS } from '../lib/scan/hint-words';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../data/hint-anchors.json');
const anchors = computeHintAnchors(HINT_LISTS);
writeFileSync(OUT, `${JSON.stringify(anchors, null, 1)}\n`);
console.log(`${OUT}: ${anchors ? `${anchors.length} anchors` : 'null (an entry has no literal: the RegExp always runs)'}`);
