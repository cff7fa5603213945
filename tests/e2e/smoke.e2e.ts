// The harness itself: both browsers load the built extension and reach realistic host names on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, startFixtureServer, type FixtureServer } from './harness';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({
    routes: [
      (_req, res, url) => {
        if (url.pathname !== '/hello') return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><title>hello ${url.hostname}</title><p>hi</p>`);
        return true;
      },
    ],
  });
});
afterAll(() => server?.close());

describe('chromium harness', () => {
  it('loads the extension and maps host names to loopback over HTTPS', async () => {
    const s = await launchChromium(server);
    try {
      expect(s.extensionId).toMatch(/^[a-p]{32}$/);
      const page = await s.context.newPage();
      await page.goto(server.url('www.10086.cn', '/hello'));
      expect(await page.title()).toBe('hello www.10086.cn');
      expect(new URL(page.url()).protocol).toBe('https:');
    } finally {
      await s.close();
    }
  });
});

describe('firefox harness', () => {
  it('installs the extension and maps host names to loopback over HTTPS', async () => {
    const s = await launchFirefox(server, ['10086-kyc.top']);
    try {
      const page = await s.browser.newPage();
      await page.goto(server.url('10086-kyc.top', '/hello'));
      expect(await page.title()).toBe('hello 10086-kyc.top');
      const ext = await s.openExtensionPage('popup.html');
      expect(await ext.evaluate(() => typeof (globalThis as any).browser?.runtime?.id)).toBe('string');
    } finally {
      await s.close();
    }
  });
});
