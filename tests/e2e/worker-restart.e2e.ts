// A warned tab keeps its warning when the browser stops the extension's background and starts it again, as both
// browsers do to an idle one (Chrome's MV3 service worker after ~30 s, Firefox's MV3 event page likewise): the
// popup opened afterwards says what the badge and the banner say (background/tab-verdicts.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, launchFirefox, startFixtureServer, waitFor, type FixtureServer } from './harness';

const WARNED_HOST = '10086-smrz.top';
/** How long the judge may take to hear from the content script on a loaded 2-core machine. */
const VERDICT_TIMEOUT_MS = 45_000;
const TEST_TIMEOUT_MS = 180_000;
/** Longer than background/tab-verdicts.ts SAVE_DEBOUNCE_MS: the table is saved by then. */
const SAVED_AFTER_MS = 1_000;
/** Firefox: the event page is unloaded after this much idle time (its own default is 30 s). */
const FIREFOX_IDLE_MS = 2_000;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

/** What the popup's current-site card shows a person: its level and its words. */
const CARD = () => {
  const card = document.querySelector('.site-card');
  return { level: card?.getAttribute('data-level'), words: card?.querySelector('.level-words')?.textContent ?? card?.textContent ?? '' };
};
const BANNER_LEVEL = () => document.querySelector('id-guard-banner')?.getAttribute('data-level') ?? null;

describe('chromium: the service worker is stopped', () => {
  it('the popup still shows the warning after the worker restarts; badge and banner agree', async () => {
    const s = await launchChromium(server);
    try {
      const web = await s.context.newPage();
      await web.goto(server.url(WARNED_HOST, '/'));
      await waitFor(() => web.evaluate(BANNER_LEVEL).then((l) => l === 'danger'), VERDICT_TIMEOUT_MS, 250);
      const tabId = await s.serviceWorker.evaluate(async () => {
        const tabs: { id: number }[] = await (globalThis as any).chrome.tabs.query({});
        return Math.max(...tabs.map((t) => t.id));
      });
      await new Promise((r) => setTimeout(r, SAVED_AFTER_MS));

      // Stop every service worker, as Chrome does to an idle one (CDP, from the web page's session).
      // The worker's running status as CDP reports it, in order.
      const cdp = await s.context.newCDPSession(web);
      const statuses: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        for (const v of e.versions) if (v.scriptURL === s.serviceWorker.url()) statuses.push(v.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor(() => statuses.at(-1) === 'stopped', 15_000);

      // The person opens the popup for the tab: its message starts a new worker.
      const popup = await s.context.newPage();
      await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('.site-card:not([data-level="loading"])');
      const card = await popup.evaluate(CARD);
      expect(card.level).toBe('danger');
      expect(card.words).toContain('Danger');
      // The answer came from a worker started again after the stop.
      expect(statuses.slice(statuses.lastIndexOf('stopped'))).toContain('running');
      expect(await popup.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('!!');
      expect(await web.evaluate(BANNER_LEVEL)).toBe('danger');
    } finally {
      await s.close();
    }
  }, TEST_TIMEOUT_MS);
});

describe('firefox: the event page is unloaded when idle', () => {
  it('the popup still shows the warning after the background page restarts', async () => {
    // The same idle unloading Firefox does after 30 s, made short (the pref Firefox's own event-page tests set).
    const s = await launchFirefox(server, [WARNED_HOST], { prefs: { 'extensions.background.idle.timeout': FIREFOX_IDLE_MS } });
    try {
      const web = await s.browser.newPage();
      await web.goto(server.url(WARNED_HOST, '/'));
      await waitFor(() => web.evaluate(BANNER_LEVEL).then((l) => l === 'danger'), VERDICT_TIMEOUT_MS, 250);
      const probe = await s.openExtensionPage('popup.html');
      const tabId = await probe.evaluate(async () => {
        const api = (globalThis as any).browser;
        const me: number | undefined = (await api.tabs.getCurrent())?.id;
        return Math.max(...((await api.tabs.query({})) as { id: number }[]).map((t) => t.id).filter((id) => id !== me));
      });
      // Marks the running background page's window (Firefox's _generated_background_page.html), so one found later
      // without the mark is a new one.
      const backgroundPages = (p: PuppeteerPage) =>
        p.evaluate(() => (globalThis as any).browser.extension.getViews().filter((w: any) => /background/.test(w.location.pathname)).map((w: any) => !!w.__idgBefore));
      await probe.evaluate(() => {
        for (const w of (globalThis as any).browser.extension.getViews()) if (/background/.test(w.location.pathname)) w.__idgBefore = true;
      });
      expect(await backgroundPages(probe)).toEqual([true]);
      await new Promise((r) => setTimeout(r, SAVED_AFTER_MS));

      // Firefox unloads the idle event page: no background view is left.
      await waitFor(async () => (await backgroundPages(probe)).length === 0, 30_000, 250);
      await probe.close();

      let popup: PuppeteerPage | undefined;
      const card = (await waitFor(async () => {
        await popup?.close();
        popup = await s.openExtensionPage(`popup.html?tabId=${tabId}`);
        await waitFor(() => popup!.$('.site-card:not([data-level="loading"])'), 10_000);
        const c = await popup.evaluate(CARD);
        return c.level === 'danger' ? c : null;
      }, 20_000, 500).catch(() => popup!.evaluate(CARD)))!;
      expect(card.level).toBe('danger');
      expect(card.words).toContain('Danger');
      // The answer came from a new background page.
      expect(await backgroundPages(popup!)).toEqual([false]);
      expect(await web.evaluate(BANNER_LEVEL)).toBe('danger');
    } finally {
      await s.close();
    }
  }, TEST_TIMEOUT_MS);
});
