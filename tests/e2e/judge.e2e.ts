// The judge end to end: the same ID-upload page (tests/fixtures/sites/10086-smrz.top/index.html) served under a
// lookalike host and under China Mobile's own host. The stored tab verdict is read the way the popup reads it
// (runtime.sendMessage get-tab-verdict from an extension page), so this checks the background's decision, not the
// banner's rendering (tests/e2e/banner.e2e.ts does that).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../core/types';
import { chromiumVerdicts, FIXTURES, htmlRoute, launchChromium, launchFirefox, READ_TAB_VERDICTS, startFixtureServer, waitFor, type FixtureServer } from './harness';
import { say } from '../unit/say';

const LOOKALIKE = '10086-smrz.top';
const OFFICIAL = 'www.10086.cn';
const PAGE = '/judge-kyc.html';
const KYC_HTML = readFileSync(join(FIXTURES, 'sites/10086-smrz.top/index.html'));

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ routes: [htmlRoute((_host, path) => (path === PAGE ? KYC_HTML : null))] });
});
afterAll(() => server?.close());

function expectVerdicts(verdicts: Record<string, Verdict>) {
  const scam = verdicts[LOOKALIKE];
  expect(scam).toMatchObject({ level: 'danger', site: 'lookalike', domain: LOOKALIKE, org: { id: 'cn-china-mobile' } });
  expect(scam.official?.website).toBe('https://www.10086.cn/');
  expect(say(scam.reasons[0])).toContain("not China Mobile's site");
  expect(scam.asks.length).toBeGreaterThan(0);
  expect(verdicts[OFFICIAL]).toMatchObject({ level: 'official', site: 'official', org: { id: 'cn-china-mobile' } });
}

describe('judge in chromium', () => {
  it('danger naming China Mobile on the lookalike host, official on 10086.cn, for the same page', async () => {
    const s = await launchChromium(server, { locale: 'zh-CN' });
    try {
      const ext = await s.context.newPage();
      await ext.goto(`chrome-extension://${s.extensionId}/popup.html`);
      let verdicts: Record<string, Verdict> = {};
      for (const host of [LOOKALIKE, OFFICIAL]) {
        verdicts = (await chromiumVerdicts(s, ext, server.url(host, PAGE), host)) as Record<string, Verdict>;
      }
      expectVerdicts(verdicts);
    } finally {
      await s.close();
    }
  }, 90_000);
});

describe('judge in firefox', () => {
  it('danger naming China Mobile on the lookalike host, official on 10086.cn, for the same page', async () => {
    const s = await launchFirefox(server, [LOOKALIKE, OFFICIAL], { locale: 'zh-CN' });
    try {
      const ext = await s.openExtensionPage('popup.html');
      let verdicts: Record<string, Verdict> = {};
      for (const host of [LOOKALIKE, OFFICIAL]) {
        const page = await s.browser.newPage();
        await page.goto(server.url(host, PAGE));
        await page.bringToFront();
        verdicts = (await waitFor(async () => {
          const v = (await ext.evaluate(READ_TAB_VERDICTS)) as Record<string, Verdict>;
          return v[host] ? v : undefined;
        }, 20_000))!;
      }
      expectVerdicts(verdicts);
    } finally {
      await s.close();
    }
  }, 90_000);
});
