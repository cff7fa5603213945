// The background judge service: the site comes from the sender only, only top frames set the tab's verdict,
// messages without a tab are refused, and page-quiet clears the tab.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sanitizeSignals } from '../../background/judge-service';
import type { Verdict } from '../../core/types';

// The bundled index, built the way the extension build builds it (the Vite plugin's file watch does not load
// under Vitest).
vi.mock('virtual:registry-index', async () => ({ default: (await import('../../build/build-registry-index')).buildRegistryIndex() }));

const SIGNALS = {
  cues: [
    { kind: 'file-input', doc: 'id-card-front-back', evidence: '身份证人像面' },
    { kind: 'id-wording', doc: 'id-card-front-back', evidence: '上传身份证正反面' },
  ],
  brandText: '中国移动 实名认证',
  errors: 0,
};

async function send(message: unknown, sender: object): Promise<unknown> {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return reply;
}

let tabVerdict: (tabId: number) => Promise<Verdict | null>;

describe('judge service', () => {
  // tests/unit/setup.ts resets the fake browser before each test, which drops the messenger's one listener:
  // load the background modules afresh so the service registers it again.
  beforeEach(async () => {
    vi.resetModules();
    (await import('../../background/judge-service')).startJudgeService();
    const { getTabState } = await import('../../background/tab-verdicts');
    tabVerdict = async (tabId) => (await getTabState(tabId))?.verdict ?? null;
  });

  it('judges the sender’s URL, never anything in the message', async () => {
    const forged = { type: 'page-signals', signals: SIGNALS, url: 'https://www.10086.cn/', host: 'www.10086.cn' };
    const v = (await send(forged, { url: 'https://10086-smrz.top/', tab: { id: 7 }, frameId: 0 })) as Verdict;
    expect(v).toMatchObject({ level: 'danger', site: 'lookalike', domain: '10086-smrz.top' });
    expect((await tabVerdict(7))?.level).toBe('danger');
  });

  it('only the top frame sets the tab’s verdict; page-quiet from the top frame clears it', async () => {
    await send({ type: 'page-signals', signals: SIGNALS }, { url: 'https://www.10086.cn/kyc', tab: { id: 8 }, frameId: 0 });
    expect((await tabVerdict(8))?.level).toBe('official');
    const frame = (await send({ type: 'page-signals', signals: SIGNALS }, { url: 'https://chinamobile-kyc.com/f', tab: { id: 8 }, frameId: 3 })) as Verdict;
    expect(frame.level).toBe('danger');
    expect((await tabVerdict(8))?.level).toBe('official');
    await send({ type: 'page-quiet' }, { url: 'https://www.10086.cn/other', tab: { id: 8 }, frameId: 3 });
    expect((await tabVerdict(8))).not.toBeNull();
    await send({ type: 'page-quiet' }, { url: 'https://www.10086.cn/other', tab: { id: 8 }, frameId: 0 });
    expect((await tabVerdict(8))).toBeNull();
  });

  it('refuses messages with no tab or from a page that is not on the web', async () => {
    await expect(send({ type: 'page-signals', signals: SIGNALS }, { url: 'https://10086-smrz.top/' })).rejects.toThrow(/only a web page/);
    await expect(send({ type: 'page-signals', signals: SIGNALS }, { url: 'chrome-extension://x/popup.html', tab: { id: 9 }, frameId: 0 })).rejects.toThrow();
    expect((await tabVerdict(9))).toBeNull();
  });

  it('survives a hostile message shape', async () => {
    const v = (await send({ type: 'page-signals', signals: { cues: 'nope', brandText: 42 } }, { url: 'https://a.example/', tab: { id: 10 }, frameId: 0 })) as Verdict;
    expect(v.level).toBe('none');
    const s = sanitizeSignals({ cues: [null, 5, { kind: 'file-input', evidence: 'x'.repeat(500), extra: 'y' }, ...Array(500).fill({ kind: 'id-wording' })], brandText: 'b'.repeat(10_000) });
    expect(s.cues.length).toBeLessThanOrEqual(200);
    expect(s.cues[0]).toEqual({ kind: 'file-input', evidence: 'x'.repeat(80) });
    expect(s.brandText.length).toBe(4000);
  });

  it('get-tab-verdict returns the stored verdict; get-tab-site falls back to null with no URL to see', async () => {
    await send({ type: 'page-signals', signals: SIGNALS }, { url: 'https://10086-smrz.top/', tab: { id: 11 }, frameId: 0 });
    expect(((await send({ type: 'get-tab-verdict', tabId: 11 }, {})) as Verdict).site).toBe('lookalike');
    expect(await send({ type: 'get-tab-verdict', tabId: 12 }, {})).toBeNull();
    expect(await send({ type: 'get-tab-site', tabId: 12 }, {})).toBeNull();
  });
});

describe('tab verdicts across a worker restart', () => {
  const WARNED = { url: 'https://10086-smrz.top/kyc', tab: { id: 21 }, frameId: 0 };
  const saved = async () => (await fakeBrowser.storage.session.get('tabVerdicts')).tabVerdicts as Record<string, { url: string }> | undefined;
  const settle = () => new Promise((r) => setTimeout(r, 400)); // past SAVE_DEBOUNCE_MS

  /** A new worker: fresh modules (memory gone), the browser's storage.session kept, the old listeners gone. */
  async function restartWorker() {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.tabs.onRemoved.removeAllListeners();
    vi.resetModules();
    const tabs = await import('../../background/tab-verdicts');
    tabs.startTabVerdicts();
    (await import('../../background/judge-service')).startJudgeService();
    return tabs;
  }

  beforeEach(async () => {
    vi.resetModules();
    (await import('../../background/tab-verdicts')).startTabVerdicts();
    (await import('../../background/judge-service')).startJudgeService();
  });

  it('the popup still gets a warned tab’s verdict after the worker restarts', async () => {
    await send({ type: 'page-signals', signals: SIGNALS }, WARNED);
    await settle();
    expect((await saved())?.['21']?.url).toBe(WARNED.url);
    await restartWorker();
    const v = (await send({ type: 'get-tab-verdict', tabId: 21 }, {})) as Verdict | null;
    expect(v).toMatchObject({ level: 'danger', site: 'lookalike' });
  });

  it('a worker stopped without the table saved forgets (what the save is for)', async () => {
    await send({ type: 'page-signals', signals: SIGNALS }, WARNED);
    await fakeBrowser.storage.session.clear();
    await restartWorker();
    expect(await send({ type: 'get-tab-verdict', tabId: 21 }, {})).toBeNull();
  });

  it('what happens in the new worker before the saved table is read wins over it', async () => {
    await send({ type: 'page-signals', signals: SIGNALS }, WARNED);
    await settle();
    const tabs = await restartWorker();
    tabs.setTabVerdict(21, null); // page-quiet arrives as the worker wakes
    expect(await tabs.getTabState(21)).toBeNull();
  });

  it('a closed tab’s verdict is dropped from the saved table; a verdict left from another page is not shown', async () => {
    await send({ type: 'page-signals', signals: SIGNALS }, WARNED);
    await send({ type: 'page-signals', signals: SIGNALS }, { ...WARNED, tab: { id: 22 } });
    await settle();
    await fakeBrowser.tabs.onRemoved.trigger(21, { windowId: 1, isWindowClosing: false });
    await settle();
    expect(Object.keys((await saved()) ?? {})).toEqual(['22']);
    await restartWorker();
    expect(await send({ type: 'get-tab-verdict', tabId: 21 }, {})).toBeNull();
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 22, url: 'https://10086-smrz.top/other' } as never);
    expect(await send({ type: 'get-tab-verdict', tabId: 22 }, {})).toBeNull();
  });

  it('a damaged saved table is ignored, never a crash', async () => {
    await fakeBrowser.storage.session.set({ tabVerdicts: { x: 1, 23: { url: 5 }, 24: null } });
    const tabs = await restartWorker();
    expect(await tabs.getTabState(23)).toBeNull();
    expect(await send({ type: 'get-tab-verdict', tabId: 24 }, {})).toBeNull();
  });
});
