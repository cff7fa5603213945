import { describe, expect, it } from 'vitest';
import { exportSettings, importSettings } from '../../core/settings-file';
import type { UserSettings } from '../../core/settings-types';

const SETTINGS: UserSettings = {
  trustedSites: [
    { domain: 'example.com', addedAt: 1_700_000_000_000, from: 'banner' },
    { domain: 'xn--fsqu00a.xn--fiqs8s', addedAt: null, from: 'unknown' },
  ],
  dismissedPages: ['https://kyc.example.net/upload'],
  sensitivity: 'strict',
};

describe('settings export / import', () => {
  it('round-trips exactly', () => {
    const text = exportSettings(SETTINGS, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'id-guard-settings', version: 2, exportedAt: '2026-01-02T03:04:05.000Z' });
    expect(importSettings(text)).toEqual({ ok: true, settings: SETTINGS });
  });

  it('imports a version 1 backup through the same migration', () => {
    const v1 = { format: 'id-guard-settings', version: 1, settings: { trustedSites: ['example.com'], dismissedPages: [], sensitivity: 'standard' } };
    expect(importSettings(JSON.stringify(v1))).toEqual({
      ok: true,
      settings: { trustedSites: [{ domain: 'example.com', addedAt: null, from: 'unknown' }], dismissedPages: [], sensitivity: 'standard' },
    });
  });

  const good = JSON.parse(exportSettings(SETTINGS, new Date(0)));
  const withSettings = (patch: object) => JSON.stringify({ ...good, settings: { ...good.settings, ...patch } });
  it.each([
    ['not JSON', '{"format": "id-guard-settings", ', /not valid JSON/],
    ['empty file', '', /not valid JSON/],
    ['a JSON array', '[1,2]', /not an ID Guard settings file/],
    ['another extension’s backup', JSON.stringify({ version: 2, settings: good.settings }), /not an ID Guard settings file/],
    ['uBlock-style backup', JSON.stringify({ timeStamp: 1, version: '1.59.0', userSettings: {} }), /not an ID Guard settings file/],
    ['a newer version', JSON.stringify({ ...good, version: 99 }), /newer version/],
    ['no version', JSON.stringify({ ...good, version: 'two' }), /no valid version/],
    ['no settings', JSON.stringify({ ...good, settings: undefined }), /damaged: "settings" is missing/],
    ['trustedSites not a list', withSettings({ trustedSites: 'example.com' }), /"trustedSites" is not a list/],
    ['a bad domain', withSettings({ trustedSites: [{ domain: 'https://x.com/a', addedAt: null, from: 'banner' }] }), /trusted site 1 .* is not a domain/],
    ['a script as domain', withSettings({ trustedSites: [{ domain: '<img src=x onerror=alert(1)>', addedAt: 1, from: 'banner' }] }), /is not a domain/],
    ['a bad origin', withSettings({ trustedSites: [{ domain: 'a.com', addedAt: 1, from: 'page' }] }), /bad origin/],
    ['a bad date', withSettings({ trustedSites: [{ domain: 'a.com', addedAt: '2024', from: 'banner' }] }), /bad date/],
    ['a bad sensitivity', withSettings({ sensitivity: 'paranoid' }), /"sensitivity"/],
    ['a bad dismissed page', withSettings({ dismissedPages: ['javascript:alert(1)'] }), /dismissed page 1/],
    ['a huge list', withSettings({ dismissedPages: Array.from({ length: 5001 }, (_, i) => `https://a.com/${i}`) }), /too long/],
    ['a huge file', ' '.repeat(1_000_001), /too large/],
  ])('rejects %s with a clear message in every language', (_name, text, message) => {
    const r = importSettings(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.en).toMatch(message);
    expect(r.error.zh_CN).toMatch(/[\u4e00-\u9fff]/);
    expect(r.error.zh_TW).toMatch(/[\u4e00-\u9fff]/);
  });
});
