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

  it('asks only for storage (and activeTab), with no remote code and only the page kit web-accessible', () => {
    expect(manifestProblems(manifest, browser as 'chrome' | 'firefox')).toEqual([]);
    expect(manifest.permissions).toContain('storage');
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['page-kit.js'], matches: ['<all_urls>'], ...(browser === 'chrome' ? { use_dynamic_url: true } : {}) },
    ]);
  });

  it('the audit itself catches each forbidden thing', () => {
    expect(manifestProblems({ ...manifest, permissions: ['storage', 'tabs', 'scripting'] })).toHaveLength(2);
    expect(manifestProblems({ ...manifest, host_permissions: ['<all_urls>'] })).toHaveLength(1);
    const b = browser as 'chrome' | 'firefox';
    const kit = { resources: ['page-kit.js'], matches: ['<all_urls>'], use_dynamic_url: true };
    expect(manifestProblems({ ...manifest, web_accessible_resources: [{ ...kit, resources: ['x.js'] }] }, b)).toHaveLength(1);
    expect(manifestProblems({ ...manifest, web_accessible_resources: [{ ...kit, resources: ['page-kit.js', 'icons/default-16.png'] }] }, b)).toHaveLength(1);
    expect(manifestProblems({ ...manifest, web_accessible_resources: [kit, { ...kit, resources: ['x.js'] }] }, b)).toHaveLength(1);
    expect(manifestProblems({ ...manifest, web_accessible_resources: [{ ...kit, matches: ['https://*.example.com/*'] }] }, b)).toHaveLength(1);
    expect(manifestProblems({ ...manifest, web_accessible_resources: [{ ...kit, extension_ids: ['*'] }] }, b)).toHaveLength(1);
    // Chrome: without use_dynamic_url a page could fetch chrome-extension://<store id>/page-kit.js to detect us.
    expect(manifestProblems({ ...manifest, web_accessible_resources: [{ ...kit, use_dynamic_url: false }] }, 'chrome')).toHaveLength(1);
    expect(manifestProblems({ ...manifest, web_accessible_resources: [{ resources: ['page-kit.js'], matches: ['<all_urls>'] }] }, 'firefox')).toEqual([]);
    expect(manifestProblems({ ...manifest, content_security_policy: { extension_pages: "script-src 'self' https://cdn.example" } })).toHaveLength(1);
  });

  const built = join(OUT_DIR, `${browser}-mv3/manifest.json`);
  it.skipIf(!existsSync(built))(`the built ${browser} manifest keeps to it (skipped until "npm run build"; privacy.e2e.ts always checks it)`, () => {
    expect(manifestProblems(JSON.parse(readFileSync(built, 'utf8')), browser as 'chrome' | 'firefox')).toEqual([]);
  });
});

it('Firefox declares its add-on id and that it collects no data', () => {
  const manifest = (config.manifest as ManifestFn)({ browser: 'firefox', manifestVersion: 3, mode: 'production', command: 'build' });
  const gecko = (manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
  expect(gecko.id).toBe('id-guard@id-guard.org');
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
});
