// The background's side of the extension's warning page: only a warned page's own tab is taken there (tab and
// page from the sender), only the warning page itself can read what was taken or send "Continue anyway", and
// "Continue anyway" hides the warning on that page only and returns the tab to it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CAUTION_UNKNOWN, DANGER_10086 } from './banner-verdicts';

async function send(message: unknown, sender: object): Promise<unknown> {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return reply;
}

const SCAM = 'https://10086-smrz.top/kyc?step=2';
let updates: [number, unknown][];
let page: string;

describe('interstitial', () => {
  beforeEach(async () => {
    vi.resetModules();
    updates = [];
    vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation(async (tabId: any, props: any) => {
      updates.push([tabId, props]);
      return {} as any;
    });
    const { setTabVerdict } = await import('../../background/tab-verdicts');
    setTabVerdict(5, DANGER_10086, 'https://10086-smrz.top/kyc');
    setTabVerdict(6, { ...CAUTION_UNKNOWN, dismissed: true }, 'https://www.quick-kyc.example/');
    (await import('../../background/settings-service')).startSettingsService();
    (await import('../../background/interstitial')).startInterstitial();
    page = fakeBrowser.runtime.getURL('/interstitial.html');
  });

  it('takes a warned page’s tab to the warning page, and nothing else', async () => {
    await expect(send({ type: 'warning-attacked' }, { url: 'https://www.10086.cn/', tab: { id: 5 }, frameId: 0 })).rejects.toThrow(/not warned/);
    await expect(send({ type: 'warning-attacked' }, { url: SCAM, tab: { id: 5 }, frameId: 2 })).rejects.toThrow(/top page/);
    await expect(send({ type: 'warning-attacked' }, { url: 'https://www.quick-kyc.example/', tab: { id: 6 }, frameId: 0 })).rejects.toThrow(/not warned/);
    await expect(send({ type: 'warning-attacked' }, { url: SCAM, tab: { id: 9 }, frameId: 0 })).rejects.toThrow(/not warned/);
    expect(updates).toEqual([]);
    await send({ type: 'warning-attacked', url: 'https://evil.example/', tabId: 1 }, { url: SCAM, tab: { id: 5 }, frameId: 0 });
    expect(updates).toEqual([[5, { url: page }]]);
  });

  it('tells only the warning page what was taken, and "Continue anyway" hides the warning on that page and goes back', async () => {
    await send({ type: 'warning-attacked' }, { url: SCAM, tab: { id: 5 }, frameId: 0 });
    expect(await send({ type: 'get-interstitial' }, { url: SCAM, tab: { id: 5 }, frameId: 0 })).toBeNull();
    expect(await send({ type: 'get-interstitial' }, { url: fakeBrowser.runtime.getURL('/popup.html'), tab: { id: 5 } })).toBeNull();
    expect(await send({ type: 'get-interstitial' }, { url: page, tab: { id: 5 } })).toEqual({ url: SCAM, verdict: DANGER_10086 });
    await expect(send({ type: 'interstitial-continue' }, { url: page, tab: { id: 7 } })).rejects.toThrow(/no page/);
    await send({ type: 'interstitial-continue' }, { url: page, tab: { id: 5 } });
    expect(updates.at(-1)).toEqual([5, { url: SCAM }]);
    const { getSettings } = await import('../../storage/settings-store');
    expect((await getSettings()).dismissedPages).toEqual(['https://10086-smrz.top/kyc']);
    // Once only: the record is gone.
    expect(await send({ type: 'get-interstitial' }, { url: page, tab: { id: 5 } })).toBeNull();
  });
});
