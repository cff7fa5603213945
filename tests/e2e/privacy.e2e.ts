// The extension makes no network request of its own, and a page cannot tell it is installed before it warns.
// Browses scam and official fixture pages, opens the popup and the options page, then checks every request:
// Chromium — each request's service worker / frame (no http(s) request may come from the extension's service
// worker or its pages), and the fixture server's log (only the pages the test opened); Firefox — the fixture
// server's log, with DNS resolving only the test hosts. Positive controls make the extension fetch on purpose
// and prove each detector sees it, so the checks cannot pass by seeing nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestProblems } from '../manifest-policy';
import { CHROME_EXT, FIREFOX_ADDON_ID, FIREFOX_EXT, launchChromium, launchFirefox, startFixtureServer, waitFor, type FixtureServer } from './harness';

const SCAM_PAGES = ['10086-smrz.top', 'tmobile-verify.com'];
const OFFICIAL_PAGE = 'www.10086.cn';
/** A page with no ID cues at all, served by a route below; it records anything the extension could reveal. */
const QUIET_HOST = 'weather-today.test';
/** Where the positive controls fetch. */
const CANARY_HOST = 'canary.test';
const BANNER = 'id-guard-banner';
/** The banner shows within ~4 s on a busy 2-core CI machine running several browsers; 30 s is generous. */
const BANNER_TIMEOUT_MS = 30_000;
/** Four pages, two with a banner, the popup and options: 35–60 s on a loaded 2-core machine. */
const FLOW_TIMEOUT_MS = 180_000;
/** Long enough for the content script (document_idle), the judge's answer and any late work to happen. */
const SETTLE_MS = 2000;
/** Requests browsers make by themselves for any page they open. */
const BROWSER_OWN_PATHS = ['/favicon.ico'];

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({
    routes: [
      (_req, res, url) => {
        if (url.hostname !== QUIET_HOST) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(QUIET_PAGE);
        return true;
      },
      (_req, res, url) => {
        if (url.hostname !== CANARY_HOST) return false;
        res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
        res.end('canary');
        return true;
      },
    ],
  });
});
afterAll(() => server?.close());

/**
 * A quiet page (weather, no ID cues) that watches, from its own scripts, for every way the content scripts could
 * show themselves: WXT's "content script started" event (named `<extension id>:<entrypoint>:wxt:…`, guessable for
 * a store extension), window messages, and any change to the DOM. `?id=` gives the extension ids to listen for.
 */
const QUIET_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather today</title></head>
<body><h1>Weather today</h1><p>Sunny, 24 °C, light wind from the south-east.</p>
<script>
window.__seen = [];
const seen = (what) => window.__seen.push(what);
for (const id of new URLSearchParams(location.search).getAll('id'))
  for (const entry of ['content', 'sensor', 'page-world', 'camera-watch', 'picker-guard'])
    for (const name of ['wxt:content-script-started', 'wxt:locationchange']) {
      const type = id + ':' + entry + ':' + name;
      document.addEventListener(type, () => seen('document event ' + type), true);
      window.addEventListener(type, () => seen('window event ' + type), true);
    }
window.addEventListener('message', (e) => seen('window message ' + String(JSON.stringify(e.data)).slice(0, 120)), true);
new MutationObserver((records) => {
  for (const r of records) seen('DOM ' + r.type + ' on ' + r.target.nodeName + ' ' + [...r.addedNodes].map((n) => n.nodeName).join(','));
}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
// An SPA navigation, as a probing page would do: WXT's location watcher announces those too.
setTimeout(() => history.pushState({}, '', location.pathname + location.search + '&spa=1'), 500);
</script></body></html>`;

/** What the fixture server may have seen: the pages the test opened, and what browsers fetch for any page. */
function unexpectedServerRequests(opened: { host: string; path: string }[]): string[] {
  const allowed = new Set(opened.flatMap(({ host, path }) => [`${host} ${path}`, ...BROWSER_OWN_PATHS.map((p) => `${host} ${p}`)]));
  return server.requests.filter((r) => !allowed.has(r));
}

const isNetwork = (url: string) => /^(https?|wss?):/.test(url);

describe('chromium privacy', () => {
  it('the built manifest asks only for storage/activeTab, with no remote code or web-accessible resources', () => {
    expect(manifestProblems(JSON.parse(readFileSync(join(CHROME_EXT, 'manifest.json'), 'utf8')))).toEqual([]);
  });

  it('browsing warned and official pages, the popup and options sends nothing; a quiet page sees nothing', async () => {
    const s = await launchChromium(server);
    server.requests.length = 0;
    const fromExtension: string[] = [];
    const extOrigin = `chrome-extension://${s.extensionId}`;
    const classify = (r: Request) => {
      if (!isNetwork(r.url())) return;
      if (r.serviceWorker()) return fromExtension.push(`service worker → ${r.url()}`);
      let frameUrl = '';
      try {
        frameUrl = r.frame().url();
      } catch {
        return fromExtension.push(`no frame (worker?) → ${r.url()}`);
      }
      if (frameUrl.startsWith('chrome-extension:')) fromExtension.push(`${frameUrl} → ${r.url()}`);
    };
    s.context.on('request', classify);
    try {
      const opened: { host: string; path: string }[] = [];
      const page = await s.context.newPage();
      for (const host of SCAM_PAGES) {
        await page.goto(server.url(host, '/'));
        opened.push({ host, path: '/' });
        await page.waitForSelector(BANNER, { state: 'attached', timeout: BANNER_TIMEOUT_MS });
      }
      await page.goto(server.url(OFFICIAL_PAGE, '/'));
      opened.push({ host: OFFICIAL_PAGE, path: '/' });
      await page.waitForTimeout(SETTLE_MS);

      const popup = await s.context.newPage();
      await popup.goto(`${extOrigin}/popup.html`);
      const search = popup.locator('input').first();
      if (await search.count()) await search.fill('中国移动');
      const options = await s.context.newPage();
      await options.goto(`${extOrigin}/options.html`);
      await options.fill('#trust-input', 'example.org');
      await options.click('form.add button[type=submit]');
      await options.waitForSelector('#trusted-sites li[data-domain="example.org"]');
      await options.waitForTimeout(SETTLE_MS);

      const quiet = await s.context.newPage();
      const quietPath = `/?id=${s.extensionId}`;
      await quiet.goto(server.url(QUIET_HOST, quietPath));
      opened.push({ host: QUIET_HOST, path: '/' });
      await quiet.waitForTimeout(SETTLE_MS);
      expect(await quiet.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);

      expect(fromExtension).toEqual([]);
      expect(unexpectedServerRequests(opened)).toEqual([]);

      // Positive controls: the same detectors catch a fetch from the service worker and from an extension page.
      // (The worker's fetch may fail on the test certificate, which only pages are told to accept; it is still a
      // request the detector must see.)
      await s.serviceWorker.evaluate((u) => fetch(u).then((r) => r.text(), String), server.url(CANARY_HOST, '/from-worker'));
      await options.evaluate((u) => fetch(u).then((r) => r.text(), String), server.url(CANARY_HOST, '/from-options'));
      await waitFor(() => fromExtension.length >= 2, 5000).catch(() => {});
      expect(fromExtension.some((r) => r.startsWith('service worker') && r.includes('/from-worker'))).toBe(true);
      expect(fromExtension.some((r) => r.startsWith(extOrigin) && r.includes('/from-options'))).toBe(true);
      expect(unexpectedServerRequests(opened)).toContain(`${CANARY_HOST} /from-options`);
    } finally {
      s.context.off('request', classify);
      await s.close();
    }
  }, FLOW_TIMEOUT_MS);
});

describe('firefox privacy', () => {
  it('the built manifest asks only for storage/activeTab, with no remote code or web-accessible resources', () => {
    expect(manifestProblems(JSON.parse(readFileSync(join(FIREFOX_EXT, 'manifest.json'), 'utf8')))).toEqual([]);
  });

  it('browsing warned and official pages, the popup and options sends nothing; a quiet page sees nothing', async () => {
    // DNS resolves only these names (to the fixture server); anything else the extension tried would fail to
    // resolve — and a request to any of these that the test did not make shows in the server's log.
    const s = await launchFirefox(server, [...SCAM_PAGES, OFFICIAL_PAGE, QUIET_HOST, CANARY_HOST]);
    server.requests.length = 0;
    const fromPages: string[] = [];
    try {
      const opened: { host: string; path: string }[] = [];
      const page = await s.browser.newPage();
      for (const host of SCAM_PAGES) {
        await page.goto(server.url(host, '/'));
        opened.push({ host, path: '/' });
        // Polled every 500 ms, to leave the page's main thread idle for the sensor's idle-time scan.
        await waitFor(() => page.evaluate((tag) => !!document.querySelector(tag), BANNER), BANNER_TIMEOUT_MS, 500);
      }
      await page.goto(server.url(OFFICIAL_PAGE, '/'));
      opened.push({ host: OFFICIAL_PAGE, path: '/' });
      await new Promise((r) => setTimeout(r, SETTLE_MS));

      const popup = await s.openExtensionPage('popup.html');
      popup.on('request', (r) => isNetwork(r.url()) && fromPages.push(`popup → ${r.url()}`));
      if (await popup.$('input')) await popup.type('input', '中国移动');
      const options = await s.openExtensionPage('options.html');
      options.on('request', (r) => isNetwork(r.url()) && fromPages.push(`options → ${r.url()}`));
      await waitFor(() => options.$('#trust-input'));
      await options.type('#trust-input', 'example.org');
      await options.click('form.add button[type=submit]');
      await waitFor(() => options.$('#trusted-sites li[data-domain="example.org"]'));
      await new Promise((r) => setTimeout(r, SETTLE_MS));

      const quiet = await s.browser.newPage();
      await quiet.goto(server.url(QUIET_HOST, `/?id=${encodeURIComponent(FIREFOX_ADDON_ID)}`));
      opened.push({ host: QUIET_HOST, path: '/' });
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      expect(await quiet.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);

      expect(unexpectedServerRequests(opened)).toEqual([]);
      expect(fromPages).toEqual([]);

      // Positive control: a fetch from an extension page reaches the server log and the page's request events.
      await options.evaluate((u) => fetch(u).then((r) => r.text()), server.url(CANARY_HOST, '/from-options'));
      expect(unexpectedServerRequests(opened)).toEqual([`${CANARY_HOST} /from-options`]);
      expect(fromPages.some((r) => r.includes('/from-options'))).toBe(true);
    } finally {
      await s.close();
    }
  }, FLOW_TIMEOUT_MS);
});
