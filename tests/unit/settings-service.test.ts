import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Verdict } from '../../core/types';

// fakeBrowser.reset() (tests/unit/setup.ts) drops listeners, and the messenger registers its one listener per
// module instance: load the background modules afresh for every test.
let getJudgePolicy: typeof import('../../background/settings-service').getJudgePolicy;
let tabVerdicts: typeof import('../../background/tab-verdicts');
beforeEach(async () => {
  vi.resetModules();
  const service = await import('../../background/settings-service');
  tabVerdicts = await import('../../background/tab-verdicts');
  getJudgePolicy = service.getJudgePolicy;
  service.startSettingsService();
});

const send = (message: object, sender: object) => fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
const tab = (url: string) => ({ url, tab: { id: 7, url }, frameId: 0 });

describe('settings service', () => {
  it('trusts the sender’s registrable domain, whatever the message says, and clears the tab’s warning', async () => {
    tabVerdicts.setTabVerdict(7, { level: 'danger' } as Verdict);
    await send({ type: 'trust-sender-site', domain: '10086.cn' }, tab('https://upload.10086-kyc.top/id?x=1'));
    const policy = await getJudgePolicy();
    expect(policy.trustedSites).toEqual(['10086-kyc.top']);
    expect(await tabVerdicts.getTabState(7)).toBeNull();
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as { trustedSites: { addedAt: number }[] };
    expect(stored.trustedSites[0]).toMatchObject({ domain: '10086-kyc.top', from: 'banner' });
    expect(stored.trustedSites[0].addedAt).toBeGreaterThan(Date.now() - 60_000);
  });

  it('dismisses the sender’s page (origin + path) and refuses senders with no web address', async () => {
    await send({ type: 'dismiss-sender-page', url: 'https://evil.example/' }, tab('https://kyc.example.net/upload?t=1#a'));
    expect((await getJudgePolicy()).dismissedPages).toEqual(['https://kyc.example.net/upload']);
    await expect(send({ type: 'trust-sender-site' }, { url: 'about:blank' })).rejects.toThrow(/no web address/);
    await expect(send({ type: 'dismiss-sender-page' }, {})).rejects.toThrow(/no web address/);
  });

  it('reflects a change made in the options page and the managed policy', async () => {
    await fakeBrowser.storage.managed.set({ officialDomains: ['kyc.corp.example'], blockedDomains: ['bad.example'] });
    await fakeBrowser.storage.local.set({ settings: { trustedSites: [], dismissedPages: [], sensitivity: 'strict' }, settings$: { v: 2 } });
    expect((await getJudgePolicy()).sensitivity).toBe('strict');
    // The cache is dropped when settings change (options page) …
    await fakeBrowser.storage.local.set({ settings: { trustedSites: [], dismissedPages: [], sensitivity: 'standard' } });
    const policy = await getJudgePolicy();
    expect(policy.sensitivity).toBe('standard');
    expect(policy).toMatchObject({ managed: { officialDomains: ['corp.example'], blockedDomains: ['bad.example'] } });
  });

  it('does not hold a decision for a slow managed-storage read, and uses the policy once it has arrived', async () => {
    // Chromium's first storage.managed.get can take seconds; a decision waits for it only briefly.
    let release!: (v: object) => void;
    const slow = new Promise<object>((r) => (release = r));
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(slow as never);
    vi.resetModules();
    const service = await import('../../background/settings-service');
    service.startSettingsService();
    const t0 = Date.now();
    const first = await service.getJudgePolicy();
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(first.managed).toEqual({ officialDomains: [], blockedDomains: [] });
    release({ officialDomains: ['kyc.corp.example'], blockedDomains: [] });
    await slow;
    await new Promise((r) => setTimeout(r, 0));
    expect((await service.getJudgePolicy()).managed.officialDomains).toEqual(['corp.example']);
  });
});
