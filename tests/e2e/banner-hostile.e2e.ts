// A scam page must not be able to make the warning disappear: four hostile copies of the fake China Mobile 实名认证
// page (tests/e2e/hostile/*.html, each put into tests/fixtures/sites/10086-smrz.top/index.html) end with the
// warning visible and on top — the page's own document.elementFromPoint at the warning's centre is the banner
// host — or with the tab on the extension's warning page; a page that merely re-renders its body is left alone.
// The extension's warning page obeys a person's clicks only: "Continue anyway" returns with the warning hidden
// on that page, "Go back" skips the page that fought. Built extension, Chromium and Firefox ESR.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEN_BANNER, type SeenBanner } from './banner-audit';
import { FIXTURES, ROOT, launchChromium, launchFirefox, startFixtureServer, waitFor, type FixtureServer } from './harness';

const SCAM = '10086-smrz.top';
const BEFORE = 'www.example-news.test';
const BANNER = 'id-guard-banner';
const HOSTILE_DIR = join(ROOT, 'tests/e2e/hostile');
const BASE_PAGE = readFileSync(join(FIXTURES, 'sites', SCAM, 'index.html'), 'utf8');

type Outcome = 'on top' | 'interstitial';
/** Each hostile copy and how it must end; the hostile pages cover the warning 3 s after load. */
const CASES: { name: string; want: Outcome; settleMs: number }[] = [
  { name: 'css-hide', want: 'on top', settleMs: 1500 },
  { name: 'observer-remove', want: 'interstitial', settleMs: 1500 },
  { name: 'white-box', want: 'on top', settleMs: 4500 },
  { name: 'modal-dialog', want: 'on top', settleMs: 4500 },
  { name: 'body-rerender', want: 'on top', settleMs: 4500 },
];

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({
    routes: [
      (_req, res, url) => {
        // https://10086-smrz.top/hostile/<name>: the scam page with the hostile snippet at the end of its <head>.
        const m = url.hostname === SCAM && /^\/hostile\/([a-z-]+)$/.exec(url.pathname);
        if (!m) return false;
        const snippet = readFileSync(join(HOSTILE_DIR, `${m[1]}.html`), 'utf8');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(BASE_PAGE.replace('</head>', `${snippet}</head>`));
        return true;
      },
      (_req, res, url) => {
        if (url.hostname !== BEFORE) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html lang="en"><meta charset="utf-8"><title>News</title><h1>Today’s news</h1><p>Nothing to see.</p>');
        return true;
      },
    ],
  });
});
afterAll(() => server?.close());

interface AnyPage {
  evaluate<T>(expr: string): Promise<T>;
}
async function seen(page: AnyPage): Promise<SeenBanner | null> {
  return page.evaluate(SEEN_BANNER);
}

// ------------------------------------------------------------------------------------------------ Chromium

describe('hostile pages in chromium', () => {
  it.each(CASES)('$name ends with the warning $want', async ({ name, want, settleMs }) => {
    const s = await launchChromium(server);
    try {
      const page = await s.context.newPage();
      await page.goto(server.url(SCAM, `/hostile/${name}`));
      const interstitial = `chrome-extension://${s.extensionId}/interstitial.html`;
      if (want === 'interstitial') {
        await waitFor(() => page.url().startsWith(interstitial), 15_000);
        await page.waitForSelector('h1');
        expect(await page.textContent('body')).toContain(SCAM);
        return;
      }
      await page.waitForSelector(`${BANNER}[data-level="danger"]`, { state: 'attached', timeout: 15_000 });
      await page.waitForTimeout(settleMs);
      expect(page.url()).not.toContain('interstitial');
      const what = await seen(page as unknown as AnyPage);
      expect(what, name).toMatchObject({ onTop: true });
      // The danger banner keeps its full size (the caution bar's 96 px bound is not for it).
      expect(what!.height).toBeGreaterThan(96);
    } finally {
      await s.close();
    }
  });

  it('the warning page obeys only a person: "Continue anyway" returns with the warning hidden on that page; "Go back" skips the page', async () => {
    const s = await launchChromium(server);
    try {
      const page = await s.context.newPage();
      await page.goto(server.url(BEFORE));
      await page.goto(server.url(SCAM, '/hostile/observer-remove'));
      const interstitial = `chrome-extension://${s.extensionId}/interstitial.html`;
      await waitFor(() => page.url().startsWith(interstitial), 15_000);
      await page.waitForSelector('button.primary');
      // A script's click (not a person's) does nothing.
      await page.evaluate(() => document.querySelectorAll('button').forEach((b) => b.click()));
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^chrome-extension:/);
      // Go back: to the page before the one that fought.
      await page.click('button.primary');
      await waitFor(() => new URL(page.url()).hostname === BEFORE, 10_000);
      // Again, and this time "Continue anyway": the page, with no warning on it.
      await page.goto(server.url(SCAM, '/hostile/observer-remove'));
      await waitFor(() => page.url().startsWith(interstitial), 15_000);
      await page.waitForSelector('button:not(.primary)');
      await page.click('button:not(.primary)');
      await waitFor(() => new URL(page.url()).hostname === SCAM, 10_000);
      await page.waitForTimeout(2500);
      expect(await page.locator(BANNER).count()).toBe(0);
      expect(new URL(page.url()).hostname).toBe(SCAM);
    } finally {
      await s.close();
    }
  });
});

// ------------------------------------------------------------------------------------------------ Firefox

describe('hostile pages in firefox', () => {
  const hosts = [SCAM, BEFORE];

  /** The URL of the one web-or-extension tab that is not the helper page, as the extension sees it. */
  async function tabUrls(s: Awaited<ReturnType<typeof launchFirefox>>): Promise<string[]> {
    const ext = await s.openExtensionPage('popup.html');
    try {
      return await ext.evaluate(async () => ((await (globalThis as any).browser.tabs.query({})) as { url?: string }[]).map((t) => t.url ?? ''));
    } finally {
      await ext.close();
    }
  }

  it.each(CASES)('$name ends with the warning $want', async ({ name, want, settleMs }) => {
    const s = await launchFirefox(server, hosts);
    try {
      const page = await s.browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      if (want === 'interstitial') {
        void page.goto(server.url(SCAM, `/hostile/${name}`)).catch(() => {});
        await waitFor(async () => (await tabUrls(s)).some((u) => u === `${s.extensionBase}/interstitial.html`), 20_000);
        return;
      }
      await page.goto(server.url(SCAM, `/hostile/${name}`));
      await page.waitForSelector(`${BANNER}[data-level="danger"]`, { timeout: 15_000 });
      await new Promise((r) => setTimeout(r, settleMs));
      expect((await tabUrls(s)).some((u) => u.includes('interstitial'))).toBe(false);
      const what = await seen(page as unknown as AnyPage);
      expect(what, name).toMatchObject({ onTop: true });
      expect(what!.height).toBeGreaterThan(96);
    } finally {
      await s.close();
    }
  });

  it('the warning page obeys only a person: "Continue anyway" returns with the warning hidden on that page', async () => {
    const s = await launchFirefox(server, hosts);
    try {
      const page = await s.browser.newPage();
      void page.goto(server.url(SCAM, '/hostile/observer-remove')).catch(() => {});
      const interstitial = `${s.extensionBase}/interstitial.html`;
      await waitFor(async () => (await tabUrls(s)).includes(interstitial), 20_000);
      await waitFor(() => page.evaluate(() => document.querySelectorAll('button').length === 2), 10_000);
      // A script's click (not a person's) does nothing.
      await page.evaluate(() => document.querySelectorAll('button').forEach((b) => b.click()));
      await new Promise((r) => setTimeout(r, 500));
      expect(await tabUrls(s)).toContain(interstitial);
      await page.click('button:not(.primary)');
      await waitFor(async () => (await tabUrls(s)).some((u) => u.startsWith(`https://${SCAM}`)), 10_000);
      await new Promise((r) => setTimeout(r, 2500));
      expect(await page.evaluate((tag) => document.querySelectorAll(tag).length, BANNER)).toBe(0);
    } finally {
      await s.close();
    }
  });
});
