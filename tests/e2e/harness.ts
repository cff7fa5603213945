// End-to-end harness: a loopback HTTPS server that answers for any host name, and the built extension loaded
// into real headless Chromium (playwright-core) and Firefox ESR (puppeteer-core). Host names are mapped to
// loopback by the browsers themselves (Chromium --host-resolver-rules, Firefox network.dns.localDomains), so a
// test can open https://www.10086.cn/ or https://10086-kyc.top/ with no network.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const OUT_DIR = resolve(ROOT, process.env.IDG_OUT_DIR || '.output');
export const CHROME_EXT = join(OUT_DIR, 'chrome-mv3');
export const FIREFOX_EXT = join(OUT_DIR, 'firefox-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** Fixed so tests can open moz-extension:// pages (Firefox otherwise picks a random UUID per profile). */
export const FIREFOX_ADDON_ID = 'id-guard@id-guard.org';
export const FIREFOX_EXT_UUID = '6f1d4c1e-2b7a-4d3e-9b1f-1d2c3b4a5e6f';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A handler may answer a request itself (return true) before the static fixture files are tried. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | void;

/**
 * A route that answers with the HTML `page` gives for a request's host and path (no-store, so a reload is fresh),
 * or passes (null) to the next route and the fixture files.
 */
export function htmlRoute(page: (host: string, path: string) => string | Buffer | null): Route {
  return (req, res, url) => {
    const body = page((req.headers.host ?? '').split(':')[0], url.pathname);
    if (body === null) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
    return true;
  };
}

/**
 * Runs in an extension page (evaluate it there): the verdict the background keeps for every tab that has one,
 * asked as the popup asks (get-tab-verdict), keyed by the verdict's host.
 */
export const READ_TAB_VERDICTS = async (): Promise<Record<string, unknown>> => {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const out: Record<string, unknown> = {};
  for (const t of await api.tabs.query({})) {
    const v = await api.runtime.sendMessage({ type: 'get-tab-verdict', tabId: t.id });
    if (v) out[v.host] = v;
  }
  return out;
};

export interface FixtureServer {
  port: number;
  /** https URL for a host and path, with the port only when it is not 443. */
  url(host: string, path?: string): string;
  /** Every request the server saw, as "host path". */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures (or `root`) for every host name. Paths map to files; "/" maps to index.html.
 * A route `/{host}/...` directory is tried first, so `tests/fixtures/sites/www.10086.cn/index.html` serves
 * https://www.10086.cn/ — and otherwise the path is looked up under the root.
 * Listens on 443 when it can (we run as root in CI), so URLs carry no port, as on the real web.
 */
export async function startFixtureServer(opts: { root?: string; routes?: Route[]; port?: number } = {}): Promise<FixtureServer> {
  const root = opts.root ?? FIXTURES;
  const requests: string[] = [];
  const server: Server = createServer(
    { key: readFileSync(join(HERE, 'certs/key.pem')), cert: readFileSync(join(HERE, 'certs/cert.pem')) },
    (req, res) => {
      const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
      const url = new URL(req.url ?? '/', `https://${host}`);
      requests.push(`${host} ${url.pathname}`);
      try {
        for (const route of opts.routes ?? []) if (route(req, res, url)) return;
        const rel = decodeURIComponent(url.pathname).replace(/\/$/, '/index.html');
        const candidates = [join(root, 'sites', host, rel), join(root, rel)];
        for (const file of candidates) {
          const safe = normalize(file);
          if (!safe.startsWith(root)) continue;
          if (existsSync(safe) && statSync(safe).isFile()) {
            res.writeHead(200, { 'content-type': TYPES[extname(safe)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
            res.end(readFileSync(safe));
            return;
          }
        }
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      } catch (e) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(e));
      }
    },
  );
  const port = await listen(server, opts.port ?? 443).catch(() => listen(server, 0));
  return {
    port,
    requests,
    url: (host, path = '/') => `https://${host}${port === 443 ? '' : `:${port}`}${path}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((res, rej) => {
    const onError = (e: Error) => {
      server.off('listening', onListening);
      rej(e);
    };
    const onListening = () => {
      server.off('error', onError);
      res((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

function assertBuilt(dir: string) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run "npm run build" first.`);
  }
}

// ---------------------------------------------------------------- Chromium (playwright-core)

import type { BrowserContext, Page, Worker } from 'playwright-core';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/** Headless Chromium with the built extension loaded and every host name mapped to the fixture server. */
/**
 * `fakeMedia`: a fake camera that the browser grants without asking, so a page's getUserMedia resolves unless ID
 * Guard holds or refuses it (without it, headless Chromium has no camera and every call fails on its own).
 */
/**
 * Opens `url` in a new tab, in front (the sensor scans in idle time, which Chromium withholds from background tabs),
 * and waits until the background holds a verdict for `host`; returns every tab verdict by host, read through `ext`
 * (an extension page of the same session).
 */
export async function chromiumVerdicts(s: ChromiumSession, ext: Page, url: string, host: string): Promise<Record<string, unknown>> {
  const page = await s.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  return (await waitFor(async () => {
    const v = await ext.evaluate(READ_TAB_VERDICTS);
    return v[host] ? v : undefined;
  }, 20_000))!;
}

export async function launchChromium(server: FixtureServer, opts: { extensionDir?: string; locale?: string; fakeMedia?: boolean } = {}): Promise<ChromiumSession> {
  const extDir = opts.extensionDir ?? CHROME_EXT;
  assertBuilt(extDir);
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'idg-chromium-'));
  const locale = opts.locale ?? 'en-US';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // A browser that really runs in `locale`, as a person's does. On Linux, Chromium takes its UI language from the
    // environment, not from --lang: with only the flag (and Playwright's per-page locale emulation) the extension's
    // messages follow the flag while i18n.getUILanguage() stays the system's (en-US) in the service worker, and in a
    // popup whose first script runs before Playwright's emulation reaches it (seen under load: US region help in a
    // zh-CN popup).
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    headless: false, // --headless=new below: the only headless mode that loads extensions
    ignoreHTTPSErrors: true,
    locale,
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--lang=${locale}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`,
      ...(opts.fakeMedia ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] : []),
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  if (!serviceWorker) serviceWorker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- Firefox ESR (puppeteer-core)

import type { Browser as PuppeteerBrowser } from 'puppeteer-core';

import type { Page as PuppeteerPage } from 'puppeteer-core';

export interface FirefoxSession {
  browser: PuppeteerBrowser;
  /** moz-extension://<uuid> base for extension pages. */
  extensionBase: string;
  /** Opens an extension page (e.g. "popup.html") in a new tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<PuppeteerPage>;
  close(): Promise<void>;
}

/** Headless Firefox ESR with the built extension installed and `hosts` resolved to loopback. */
export async function launchFirefox(
  server: FixtureServer,
  hosts: string[],
  opts: { extensionDir?: string; locale?: string; fakeMedia?: boolean; prefs?: Record<string, string | number | boolean> } = {},
): Promise<FirefoxSession> {
  // network.dns.localDomains maps names, not ports: when the server is not on 443 the URLs carry the port.
  const extDir = opts.extensionDir ?? FIREFOX_EXT;
  assertBuilt(extDir);
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    // Firefox 153+ lets WebDriver navigate only to http(s)/file/blob/about:blank unless system access is on;
    // the popup and options tests open moz-extension:// pages (ghostery/ghostery-extension#3526).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': [...new Set(hosts)].join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXT_UUID }),
      'intl.locale.requested': opts.locale ?? 'en-US',
      'intl.accept_languages': opts.locale ?? 'en-US',
      // No network but loopback: keep Firefox from calling home during tests.
      'network.proxy.type': 0,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      // As launchChromium's fakeMedia: a fake camera, granted without a prompt.
      ...(opts.fakeMedia ? { 'media.navigator.streams.fake': true, 'media.navigator.permission.disabled': true } : {}),
      ...opts.prefs,
    },
  });
  await browser.installExtension(extDir);
  const extensionBase = `moz-extension://${FIREFOX_EXT_UUID}`;
  return {
    browser,
    extensionBase,
    async openExtensionPage(path: string) {
      const page = await browser.newPage();
      // Puppeteer never sees the navigation to a moz-extension:// page complete (the page does load), so
      // don't wait on goto: poll the document instead.
      void page.goto(`${extensionBase}/${path}`, { timeout: 0 }).catch(() => {});
      await waitFor(() => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete'), 20_000);
      return page;
    },
    close: async () => {
      await browser.close().catch(() => {});
    },
  };
}

/** Polls `fn` until it returns a truthy value or `timeoutMs` passes. */
export async function waitFor<T>(fn: () => Promise<T> | T, timeoutMs = 10_000, stepMs = 100): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`waitFor timed out; last value: ${String(last)}`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
