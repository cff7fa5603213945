// Build-time: derives data/hint-words.json, the first pass's word test (scan/hint-words.ts): every hint entry
// of every language expanded into the plain strings it matches, under an anchor each of them contains. Rerun after
// editing any data/cues/*.json hint list; tests/unit/scan-hint-words.test.ts fails until the committed file matches.
//
// Run: npx tsx build/gen-hint-words.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeHintGroups, encodeHintGroups, HINT_LISTS } from './hint-literals';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../data/hint-words.json');
const groups = computeHintGroups(HINT_LISTS);
// One group per line: reviewable in a diff; the compact form because sensor.js, every page's script, carries it.
const [whole, anywhere] = encodeHintGroups(groups);
const lines = (entries: string[]) => entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n');
writeFileSync(OUT, `[\n [\n${lines(whole)}\n ],\n [\n${lines(anywhere)}\n ]\n]\n`);
console.log(`${OUT}: ${groups.length} anchors, ${groups.reduce((n, g) => n + g.strings.length, 0)} strings`);
