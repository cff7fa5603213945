// What every page loads, as built: the content scripts the manifest declares for all pages (sensor.js and
// page-world.js) stay within 20 KB together, in both browsers' builds. The folder rules that keep
// the kit, background and UI out of them are tests/unit/boundaries.test.ts; this is the built result.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXT, FIREFOX_EXT } from './harness';

/** Issue 16: sensor.js + page-world.js ≤ 20 KB (minified, as shipped). */
const EVERY_PAGE_BUDGET_BYTES = 20 * 1024;

describe.each([
  ['chromium', CHROME_EXT],
  ['firefox', FIREFOX_EXT],
])('%s build: what every page loads', (_browser, dir) => {
  it(`sensor.js + page-world.js ≤ ${EVERY_PAGE_BUDGET_BYTES / 1024} KB`, () => {
    expect(existsSync(join(dir, 'manifest.json')), `${dir}: run npm run build first`).toBe(true);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
    const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))].sort();
    expect(files).toEqual(['page-world.js', 'sensor.js']);
    const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(EVERY_PAGE_BUDGET_BYTES);
  });
});
