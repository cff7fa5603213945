// The popularity list is read at build time from beside the repository; without it the build must stop, not ship
// quietly without the "well-known site" rule for typed ID numbers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POPULAR_DOMAINS_FILE, popularDomainsPlugin, readPopularDomains } from '../../build/popular-domains-plugin';

const dir = mkdtempSync(join(tmpdir(), 'idg-popular-'));
const missing = join(dir, 'none.txt');

/** Calls the plugin's load hook as Vite would, with a context whose error() throws like Rollup's. */
function load(file: string): string {
  const plugin = popularDomainsPlugin(file);
  const watched: string[] = [];
  const ctx = { error: (m: string) => { throw new Error(m); }, addWatchFile: (f: string) => watched.push(f) };
  const hook = plugin.load as unknown as (this: typeof ctx, id: string) => string;
  const code = hook.call(ctx, '\0virtual:popular-domains');
  expect(watched).toEqual([file]);
  return code;
}

describe('popular domains list', () => {
  it('reads registrable domains, lower-cased, skipping lines that are not domain names', () => {
    const file = join(dir, 'list.txt');
    writeFileSync(file, 'Google.com\r\n\n  mail.ru \n# comment\nlocalhost\nbad domain.com\n');
    expect(readPopularDomains(file)).toEqual(['google.com', 'mail.ru']);
    expect(load(file)).toBe('export default "google.com mail.ru";');
  });

  it('stops the build with a clear error when the list is missing or empty', () => {
    expect(() => readPopularDomains(missing)).toThrow(/not found: the popularity list/);
    expect(() => load(missing)).toThrow(/not found: the popularity list/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    expect(() => load(empty)).toThrow(/holds no domain names/);
  });

  it('finds the 5,000-domain reference list beside the repository', () => {
    const domains = readPopularDomains(POPULAR_DOMAINS_FILE);
    expect(domains.length).toBe(5000);
    expect(domains[0]).toBe('google.com');
  });
});
