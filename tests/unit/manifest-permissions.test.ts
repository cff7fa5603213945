// @vitest-environment node
// Permissions audit: the fewest permissions that work, no remote code, nothing a page can probe for.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { manifestProblems } from '../manifest-policy';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' }) => Record<string, unknown>;
const OUT_DIR = resolve(process.env.IDG_OUT_DIR || '.output');

describe.each(['chrome', 'firefox'])('manifest for %s', (browser) => {
  const manifest = (config.manifest as ManifestFn)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });

  it('asks only for storage (and activeTab), with no remote code and no web-accessible resources', () => {
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest.permissions).toContain('storage');
  });

  it('the audit itself catches each forbidden thing', () => {
    expect(manifestProblems({ ...manifest, permissions: ['storage', 'tabs', 'scripting'] })).toHaveLength(2);
    expect(manifestProblems({ ...manifest, host_permissions: ['<all_urls>'] })).toHaveLength(1);
    expect(manifestProblems({ ...manifest, web_accessible_resources: [{ resources: ['x.js'], matches: ['<all_urls>'] }] })).toHaveLength(1);
    expect(manifestProblems({ ...manifest, content_security_policy: { extension_pages: "script-src 'self' https://cdn.example" } })).toHaveLength(1);
  });

  const built = join(OUT_DIR, `${browser}-mv3/manifest.json`);
  it.skipIf(!existsSync(built))(`the built ${browser} manifest keeps to it (skipped until "npm run build"; privacy.e2e.ts always checks it)`, () => {
    expect(manifestProblems(JSON.parse(readFileSync(built, 'utf8')))).toEqual([]);
  });
});

it('Firefox declares its add-on id and that it collects no data', () => {
  const manifest = (config.manifest as ManifestFn)({ browser: 'firefox', manifestVersion: 3, mode: 'production', command: 'build' });
  const gecko = (manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
  expect(gecko.id).toBe('id-guard@id-guard.org');
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
});
