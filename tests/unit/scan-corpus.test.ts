// The classifier against real pages nobody on the team wrote (../shared/corpus/real, read at run time, never
// copied). Reports caught/total; targets from issue 3: ≥95% of non-borderline positives strong (weak allowed
// for instruction-only pages) and at most one non-borderline negative strong.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../kit/page-scan';
import { useBundledCueWords } from '../../scan/cue-lists';

useBundledCueWords();
import { assessRequest } from '../../core/id-request';

const CORPUS = resolve(__dirname, '../../../shared/corpus/real');
const have = existsSync(join(CORPUS, 'MANIFEST.json'));

interface Entry {
  file: string;
  label: 'id-upload-request' | 'benign';
  borderline?: boolean;
  features?: string[];
}

function classify(file: string) {
  const html = readFileSync(join(CORPUS, file), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const signals = scanPage(doc, { budget: { ms: 2_000 } });
  return { signals, request: assessRequest(signals.cues) };
}

describe.skipIf(!have)('scanner on the real-page corpus', { timeout: 60_000 }, () => {
  const manifest: Entry[] = have ? JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) : [];

  it('catches the non-borderline positives', () => {
    const positives = manifest.filter((e) => e.label === 'id-upload-request' && !e.borderline);
    const missed: string[] = [];
    for (const e of positives) {
      const { request } = classify(e.file);
      const instructionsOnly = e.features?.some((f) => f.startsWith('instructions-only'));
      const ok = request.strength === 'strong' || (instructionsOnly && request.strength === 'weak');
      if (!ok) missed.push(`${e.file}: ${request.strength}`);
    }
    const caught = positives.length - missed.length;
    console.log(`corpus positives (non-borderline): ${caught}/${positives.length} caught; missed: ${missed.join(', ') || 'none'}`);
    expect(caught / positives.length).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves the non-borderline negatives quiet', () => {
    const negatives = manifest.filter((e) => e.label === 'benign' && !e.borderline);
    const loud: string[] = [];
    for (const e of negatives) {
      const { request } = classify(e.file);
      if (request.strength === 'strong' || request.offer) loud.push(`${e.file}: ${request.strength}${request.offer ? '+offer' : ''}`);
    }
    console.log(`corpus negatives (non-borderline): ${negatives.length - loud.length}/${negatives.length} quiet; strong: ${loud.join(', ') || 'none'}`);
    expect(loud.length).toBeLessThanOrEqual(1);
  });

  it('reports the borderline pages too (no target)', () => {
    const border = manifest.filter((e) => e.borderline);
    const rows = border.map((e) => `${e.file} [${e.label}] → ${classify(e.file).request.strength}`);
    console.log(`corpus borderline:\n  ${rows.join('\n  ')}`);
    expect(rows.length).toBe(border.length);
  });
});
