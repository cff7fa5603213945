// The options page end to end, in Chromium and Firefox: trust a site from the banner, see it in the options page,
// remove it there, and the banner comes back. Needs the whole flow: sensor → judge (reads the trusted sites via
// background/settings-service.ts) → banner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, startFixtureServer, waitFor, type FixtureServer } from './harness';

const SCAM = '10086-smrz.top';
const BANNER = 'id-guard-banner';
/** The banner shows within ~4 s on a busy 2-core machine running several browsers; 30 s is generous. */
const BANNER_TIMEOUT_MS = 30_000;
/** How long a trusted page gets to (wrongly) show the banner: it shows within ~4 s when it does. */
const NO_BANNER_MS = 5000;
/** Polling step for the banner: slow enough to leave the page's main thread idle for the sensor's idle-time scan. */
const POLL_MS = 500;
/** Two page loads with a banner, one without, and the options page: up to ~80 s on a loaded 2-core machine. */
const FLOW_TIMEOUT_MS = 180_000;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

/** What the flow needs from a browser tab; one adapter per automation library. */
interface Tab {
  goto(url: string): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  reload(): Promise<void>;
}

const hasBanner = (tab: Tab) => tab.evaluate((tag) => !!document.querySelector(tag), BANNER);

/**
 * "I trust this site" is the banner's last button, inside a closed shadow root that no script can reach. The
 * banner is the first thing in the document, so Shift+Tab from the page's first focusable element lands on
 * that button, and Enter makes the trusted click a person would.
 */
async function trustFromBanner(tab: Tab) {
  const focused = await tab.evaluate(() => {
    const el = document.querySelector<HTMLElement>('body a[href], body button, body input:not([type=hidden]):not([hidden]), body select, body textarea');
    el?.focus();
    return !!el && document.activeElement === el;
  }, null);
  expect(focused).toBe(true);
  await tab.press('Shift+Tab');
  await tab.press('Enter');
}

async function trustSeeRemoveReturn(page: Tab, options: () => Promise<Tab>) {
  await page.goto(server.url(SCAM, '/'));
  await waitFor(() => hasBanner(page), BANNER_TIMEOUT_MS, POLL_MS);
  await trustFromBanner(page);
  await waitFor(async () => !(await hasBanner(page)), 10_000, POLL_MS);

  const opts = await options();
  await waitFor(() => opts.evaluate((d) => document.querySelector(`#trusted-sites li[data-domain="${d}"]`)?.textContent ?? '', SCAM));
  expect(await opts.evaluate((d) => document.querySelector(`#trusted-sites li[data-domain="${d}"]`)!.textContent, SCAM)).toMatch(/trusted from a warning/);

  // Trusted: reloading the page shows no banner.
  await page.reload();
  await new Promise((r) => setTimeout(r, NO_BANNER_MS));
  expect(await hasBanner(page)).toBe(false);

  await opts.click(`#trusted-sites li[data-domain="${SCAM}"] button`);
  await waitFor(() => opts.evaluate(() => document.querySelector('#trusted-sites li') === null, null));

  // Removed: the banner is back.
  await page.reload();
  await waitFor(() => hasBanner(page), BANNER_TIMEOUT_MS, POLL_MS);
}

describe('options page in chromium', () => {
  it('trust a site from the banner, see it in options, remove it, the banner returns', async () => {
    const s = await launchChromium(server);
    try {
      const wrap = (p: import('playwright-core').Page): Tab => ({
        goto: async (url) => void (await p.goto(url)),
        evaluate: (fn, arg) => p.evaluate(fn as never, arg) as never,
        press: (key) => p.keyboard.press(key),
        click: (sel) => p.click(sel),
        type: (sel, text) => p.fill(sel, text),
        reload: async () => void (await p.reload()),
      });
      const page = await s.context.newPage();
      await trustSeeRemoveReturn(wrap(page), async () => {
        const o = await s.context.newPage();
        await o.goto(`chrome-extension://${s.extensionId}/options.html`);
        return wrap(o);
      });
    } finally {
      await s.close();
    }
  }, FLOW_TIMEOUT_MS);
});

describe('options page in firefox', () => {
  it('trust a site from the banner, see it in options, remove it, the banner returns', async () => {
    const s = await launchFirefox(server, [SCAM]);
    try {
      const wrap = (p: import('puppeteer-core').Page, front: boolean): Tab => ({
        goto: async (url) => void (await p.goto(url)),
        evaluate: (fn, arg) => p.evaluate(fn as never, arg) as never,
        press: async (key) => {
          if (front) await p.bringToFront();
          if (key.startsWith('Shift+')) {
            await p.keyboard.down('Shift');
            await p.keyboard.press(key.slice(6) as never);
            await p.keyboard.up('Shift');
          } else await p.keyboard.press(key as never);
        },
        click: (sel) => p.click(sel),
        type: (sel, text) => p.type(sel, text),
        reload: async () => void (await p.reload()),
      });
      const page = await s.browser.newPage();
      await trustSeeRemoveReturn(wrap(page, true), async () => wrap(await s.openExtensionPage('options.html'), false));
    } finally {
      await s.close();
    }
  }, FLOW_TIMEOUT_MS);
});
