// The toolbar badge per tab and the details tab, with WXT's fake browser.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE, badgeState, iconPaths, startBadge } from '../../background/badge';
import { startDetails } from '../../background/details';
import { setTabVerdict } from '../../background/tab-verdicts';
import { existsSync } from 'node:fs';
import { CAUTION_UNKNOWN, DANGER_10086, QUIET } from './banner-verdicts';

describe('badge', () => {
  it('maps levels to badge states', () => {
    expect(['official', 'none', null, 'caution', 'danger'].map((l) => badgeState(l as any))).toEqual([
      'default',
      'default',
      'default',
      'caution',
      'danger',
    ]);
    expect(BADGE.caution.text).not.toBe('');
    expect(BADGE.danger.text).not.toBe(BADGE.caution.text);
  });

  it('has an icon file for every state and size', () => {
    for (const state of ['default', 'caution', 'danger'] as const)
      for (const path of Object.values(iconPaths(state))) expect(existsSync(`public${path}`), path).toBe(true);
  });

  it('follows each tab verdict: mark and colour per tab, cleared on quiet pages', async () => {
    const a = fakeBrowser.action as any;
    const text = vi.spyOn(a, 'setBadgeText').mockResolvedValue(undefined);
    const color = vi.spyOn(a, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    a.setBadgeTextColor ??= () => Promise.resolve();
    const icon = vi.spyOn(a, 'setIcon').mockResolvedValue(undefined);
    startBadge();
    setTabVerdict(7, DANGER_10086);
    setTabVerdict(8, CAUTION_UNKNOWN);
    setTabVerdict(7, QUIET);
    setTabVerdict(8, null);
    await Promise.resolve();
    expect(text.mock.calls.map((c) => c[0])).toEqual([
      { tabId: 7, text: '!!' },
      { tabId: 8, text: '!' },
      { tabId: 7, text: '' },
      { tabId: 8, text: '' },
    ]);
    expect(color.mock.calls.map((c) => c[0])).toEqual([
      { tabId: 7, color: '#b91c1c' },
      { tabId: 8, color: '#b45309' },
    ]);
    expect(icon.mock.calls.map((c) => [(c[0] as any).tabId, (c[0] as any).path['16']])).toEqual([
      [7, '/icons/danger-16.png'],
      [8, '/icons/caution-16.png'],
      [7, '/icons/default-16.png'],
      [8, '/icons/default-16.png'],
    ]);
  });
});

describe('details', () => {
  it('opens the popup view of the sender tab, never of a tab named in the message', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as any);
    startDetails();
    const msg = { type: 'open-details', tabId: 99 };
    const reply = await fakeBrowser.runtime.onMessage.trigger(msg, { tab: { id: 5, index: 2 } } as any, () => {});
    expect(reply).toEqual([null]);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html\?tabId=5$/), index: 3, openerTabId: 5 });
    // Not from a tab (e.g. another extension page): a clear error, no tab opened.
    await expect(fakeBrowser.runtime.onMessage.trigger(msg, {}, () => {}).then((r) => r[0])).rejects.toThrow(/not sent from a tab/);
    expect(create).toHaveBeenCalledTimes(1);
  });
});
