import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addDismissedPage,
  addTrustedSite,
  judgePolicyFrom,
  normaliseSettings,
  parseManagedPolicy,
  parseSiteInput,
  siteToTrust,
  removeDismissedPage,
  removeTrustedSite,
} from '../../core/settings';
import {
  defineSettingsItem,
  getSettings,
  readManagedPolicy,
  updateSettings,
} from '../../storage/settings-store';
import { pageKey } from '../../core/domain';
import { DEFAULT_SETTINGS, type UserSettingsV1 } from '../../core/settings-types';

// What extension 0.1.0 (settings v1) wrote: bare strings, no version metadata (WXT stores none for v1 items).
const V1: UserSettingsV1 = {
  trustedSites: ['example.com', 'Shop.Example.org', 'example.com', 'xn--fsqu00a.xn--fiqs8s'],
  dismissedPages: ['https://kyc.example.net/upload', 'https://a.example/b'],
  sensitivity: 'strict',
};

describe('settings migration v1 → v2', () => {
  it('upgrades settings written by version 1 and loses nothing', async () => {
    await fakeBrowser.storage.local.set({ settings: V1 });
    const item = defineSettingsItem();
    const v2 = await item.getValue();
    expect(v2.trustedSites).toEqual([
      { domain: 'example.com', addedAt: null, from: 'unknown' },
      { domain: 'shop.example.org', addedAt: null, from: 'unknown' },
      { domain: 'xn--fsqu00a.xn--fiqs8s', addedAt: null, from: 'unknown' },
    ]);
    expect(v2.dismissedPages).toEqual(V1.dismissedPages);
    expect(v2.sensitivity).toBe('strict');
    // Every v1 domain survives (case-folded); only the exact duplicate is gone.
    for (const d of V1.trustedSites) expect(v2.trustedSites.map((t) => t.domain)).toContain(d.toLowerCase());
    // The upgrade is written back with its version, so it runs once.
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings).toEqual(v2);
    expect(stored.settings$).toEqual({ v: 2 });
  });

  it('upgrades v1 data that carried explicit version metadata, and leaves v2 data alone', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...V1, sensitivity: 'standard' }, settings$: { v: 1 } });
    expect((await defineSettingsItem().getValue()).trustedSites).toHaveLength(3);
    const v2 = { trustedSites: [{ domain: 'a.com', addedAt: 5, from: 'banner' }], dismissedPages: [], sensitivity: 'standard' };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    expect(await defineSettingsItem().getValue()).toEqual(v2);
  });

  it('starts from the defaults on a fresh install and records version 2 on first write', async () => {
    const item = defineSettingsItem();
    expect(await item.getValue()).toEqual(DEFAULT_SETTINGS);
    await item.setValue({ ...DEFAULT_SETTINGS, sensitivity: 'strict' });
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 2 });
  });

  it('getSettings reads a damaged stored value without throwing', async () => {
    await fakeBrowser.storage.local.set({ settings: { trustedSites: [null, 3, { domain: 'ok.com' }], sensitivity: 'loud' }, settings$: { v: 2 } });
    expect(await getSettings()).toEqual({ trustedSites: [{ domain: 'ok.com', addedAt: null, from: 'unknown' }], dismissedPages: [], sensitivity: 'standard' });
  });
});

describe('trusted sites and dismissed pages (pure helpers)', () => {
  it.each([
    ['https://www.example.com/kyc?x=1', 'example.com'],
    ['https://a.b.example.co.uk/', 'example.co.uk'],
    ['https://scam.github.io/page', 'scam.github.io'], // private suffix: never trust all of github.io
    ['https://例子.中国/', 'xn--fsqu00a.xn--fiqs8s'],
    ['http://127.0.0.1/', null],
    ['https://localhost/', null],
    ['chrome://settings', null],
    ['not a url', null],
  ])('siteToTrust(%s) = %s', (url, want) => {
    expect(siteToTrust(url)).toBe(want);
  });

  it.each([
    ['Example.com', 'example.com'],
    ['  https://www.Example.com/path  ', 'example.com'],
    ['shop.10086-kyc.top', '10086-kyc.top'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s'],
  ])('parseSiteInput(%s) → %s', (input, domain) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, domain });
  });

  it.each(['', '   ', 'com', 'hello world', '192.168.1.1', 'ftp://example.com', 'javascript:alert(1)'])('parseSiteInput rejects %j with a message', (input) => {
    const r = parseSiteInput(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.en).toMatch(/example\.com/);
  });

  it('adds once, records when and where, removes exactly one', () => {
    let s = addTrustedSite(DEFAULT_SETTINGS, 'Example.com', 'banner', 1000);
    s = addTrustedSite(s, 'example.com', 'options', 2000);
    s = addTrustedSite(s, 'other.org', 'options', 3000);
    expect(s.trustedSites).toEqual([
      { domain: 'example.com', addedAt: 1000, from: 'banner' },
      { domain: 'other.org', addedAt: 3000, from: 'options' },
    ]);
    expect(removeTrustedSite(s, 'example.com').trustedSites.map((t) => t.domain)).toEqual(['other.org']);
    expect(DEFAULT_SETTINGS.trustedSites).toEqual([]); // helpers never mutate
  });

  it('dismissed pages are keyed by origin + path and removable', () => {
    expect(pageKey('https://kyc.example.net/upload?token=abc#step2')).toBe('https://kyc.example.net/upload');
    expect(pageKey('about:blank')).toBeNull();
    let s = addDismissedPage(DEFAULT_SETTINGS, 'https://a.example/x');
    s = addDismissedPage(s, 'https://a.example/x');
    expect(s.dismissedPages).toEqual(['https://a.example/x']);
    expect(removeDismissedPage(s, 'https://a.example/x').dismissedPages).toEqual([]);
  });

  it('normaliseSettings drops junk and duplicates', () => {
    expect(normaliseSettings('nope')).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ trustedSites: [{ domain: 'A.com', from: 'x' }, { domain: 'a.com' }], dismissedPages: ['p', 'p', 7] })).toEqual({
      trustedSites: [{ domain: 'a.com', addedAt: null, from: 'unknown' }],
      dismissedPages: ['p'],
      sensitivity: 'standard',
    });
  });

  it('judgePolicyFrom gives the judge bare domains, sensitivity, dismissed pages and the managed policy', () => {
    const s = addTrustedSite({ ...DEFAULT_SETTINGS, sensitivity: 'strict' }, 'a.com', 'banner', 1);
    const managed = { officialDomains: ['corp.example'], blockedDomains: [] };
    expect(judgePolicyFrom(s, managed)).toEqual({ trustedSites: ['a.com'], sensitivity: 'strict', managed, dismissedPages: [] });
  });
});

describe('managed policy', () => {
  it('keeps only domains, as registrable domains', () => {
    expect(
      parseManagedPolicy({ officialDomains: ['kyc.Corp.example', 'https://id.corp.example/x', 42, 'not a domain'], blockedDomains: 'evil.com' }),
    ).toEqual({ officialDomains: ['corp.example'], blockedDomains: [] });
    expect(parseManagedPolicy(null)).toEqual({ officialDomains: [], blockedDomains: [] });
  });

  it('reads managed storage, and treats a throwing managed storage (Firefox with no policy) as no policy', async () => {
    await fakeBrowser.storage.managed.set({ officialDomains: ['portal.corp.example'], blockedDomains: ['evil.example'] });
    expect(await readManagedPolicy()).toEqual({ officialDomains: ['corp.example'], blockedDomains: ['evil.example'] });
    const managed = fakeBrowser.storage.managed as { get: unknown };
    const realGet = managed.get;
    managed.get = () => Promise.reject(new Error('Managed storage manifest not found'));
    try {
      expect(await readManagedPolicy()).toEqual({ officialDomains: [], blockedDomains: [] });
    } finally {
      managed.get = realGet;
    }
  });
});

describe('updateSettings', () => {
  it('read-modify-writes through the storage item', async () => {
    await updateSettings((s) => addTrustedSite(s, 'a.com', 'options', 9));
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({
      trustedSites: [{ domain: 'a.com', addedAt: 9, from: 'options' }],
      dismissedPages: [],
      sensitivity: 'standard',
    });
  });
});
