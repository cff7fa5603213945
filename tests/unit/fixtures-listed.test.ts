// Every fixture page must be listed in tests/fixtures/expected-levels.json with a level (or as part of another
// page), so npm run eval measures it; and every listed page must exist and be servable under a host.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import expected from '../fixtures/expected-levels.json';

const FIXTURES = join(__dirname, '../fixtures');
const LEVELS = ['official', 'none', 'caution', 'danger'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return /\.html?$/i.test(name) ? [relative(FIXTURES, path).split('\\').join('/')] : [];
  });
}

type Entry = { file: string; host?: string; level?: string; partOf?: string; brand?: string };
const pages = (expected as { pages: Entry[] }).pages;
const onDisk = htmlFiles(FIXTURES);

describe('fixture list (tests/fixtures/expected-levels.json)', () => {
  it('lists every fixture HTML page', () => {
    const listed = new Set(pages.map((p) => p.file));
    const missing = onDisk.filter((f) => !listed.has(f));
    expect(missing, 'add these pages to tests/fixtures/expected-levels.json').toEqual([]);
  });

  it('lists only pages that exist, once each', () => {
    expect(pages.filter((p) => !onDisk.includes(p.file)).map((p) => p.file)).toEqual([]);
    const seen = new Set<string>();
    expect(pages.filter((p) => (seen.has(p.file) ? true : (seen.add(p.file), false))).map((p) => p.file)).toEqual([]);
  });

  it('gives each page a level and a host (or names the page it is part of)', () => {
    const bad = pages.filter((p) =>
      p.partOf ? p.level !== undefined || !onDisk.includes(p.partOf) : !LEVELS.includes(p.level ?? '') || (!p.file.startsWith('sites/') && !p.host),
    );
    expect(bad.map((p) => p.file)).toEqual([]);
  });

  it('names a brand only on pages that are warned', () => {
    expect(pages.filter((p) => p.brand && p.level !== 'danger' && p.level !== 'caution').map((p) => p.file)).toEqual([]);
  });
});
