// Issue 19: with the browser in each of the 14 UI languages, the warning on a scam page in that language and the
// popup for that tab are in that language, in Chromium and in Firefox ESR. One browser launch per language (the
// extension's language is fixed when the browser starts), the same built extension for all.
// What is compared is what a person sees, against that locale's public/_locales/<locale>/messages.json: the banner's
// level word (caution bar) or heading (danger banner) and its first reason, the popup's verdict words, first reason
// and lookup heading. The page is the language's ID-upload fixture (tests/fixtures/pages/<dir>/kyc.html) served on
// an unknown host.
// Chromium: --lang (harness `locale`). Firefox: intl.locale.requested, which needs the language pack installed
// (Debian's firefox-esr-l10n-*, installed by .ci/run). Firefox has no Filipino pack: its Filipino-language UI is
// "tl" (Tagalog), which the Firefox build maps to our Filipino messages (wxt.config.ts).
// IDG_LOCALE_SHOTS=<dir> writes a screenshot of each page's top, where the bar is (to check long words in it).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { LANGS, langTag, textOf } from '../../core/lang';
import type { Lang, Verdict } from '../../core/types';
import { LEVEL_KEYS } from '../../ui/popup/popup-text';
import { messagesFor } from '../../scripts/locale-messages';
import { launchChromium, launchFirefox, startFixtureServer, waitFor, type FixtureServer } from './harness';
import { inChromiumBanner, inFirefoxBanner } from './banner-audit';

/** Each UI locale: the language tag each browser is started with, and the fixture folder of its scam page. */
const CASES: { lang: Lang; chromium: string; firefox: string; page: string }[] = [
  { lang: 'en', chromium: 'en-US', firefox: 'en-US', page: 'en' },
  { lang: 'zh_CN', chromium: 'zh-CN', firefox: 'zh-CN', page: 'zh-Hans' },
  { lang: 'zh_TW', chromium: 'zh-TW', firefox: 'zh-TW', page: 'zh-Hant' },
  { lang: 'ja', chromium: 'ja', firefox: 'ja', page: 'ja' },
  { lang: 'ko', chromium: 'ko', firefox: 'ko', page: 'ko' },
  { lang: 'es', chromium: 'es', firefox: 'es-ES', page: 'es' },
  { lang: 'pt_BR', chromium: 'pt-BR', firefox: 'pt-BR', page: 'pt' },
  { lang: 'fr', chromium: 'fr', firefox: 'fr', page: 'fr' },
  { lang: 'id', chromium: 'id', firefox: 'id', page: 'id' },
  { lang: 'ms', chromium: 'ms', firefox: 'ms', page: 'ms' },
  { lang: 'vi', chromium: 'vi', firefox: 'vi', page: 'vi' },
  { lang: 'th', chromium: 'th', firefox: 'th', page: 'th' },
  { lang: 'hi', chromium: 'hi', firefox: 'hi-IN', page: 'hi' },
  { lang: 'fil', chromium: 'fil', firefox: 'tl', page: 'tl' },
];

const SCAM_HOST = 'secure-id-verify.top';
const pagePath = (dir: string) => `/pages/${dir}/kyc.html`;
/** The caution bar's bound (issue 18), as in banner.e2e.ts: one line, whatever the language. */
const COMPACT_MAX_PX = 96;
const SHOTS = process.env.IDG_LOCALE_SHOTS || null;
/** The top of the window, where the caution bar is. */
const SHOT_CLIP = { x: 0, y: 0, width: 1280, height: 64 };
const LOCALE_TEST_TIMEOUT_MS = 90_000;

/** Runs on the banner's shadow root: what a person reads first, and whether the one-line bar keeps its parts in view. */
const READ_BANNER = `function () {
  const bar = this.querySelector('section.bar');
  const text = (sel) => { const e = this.querySelector(sel); return e ? e.textContent : null; };
  const r = bar.getBoundingClientRect();
  const line = this.querySelector('.line');
  // The reason and the link may end in "…" (their full text is in the expanded part); nothing may leave the bar, and
  // the level word and the buttons are never cut.
  const clipped = line ? [...line.querySelectorAll('.level, a, button')].filter((e) => {
    const b = e.getBoundingClientRect();
    return b.left < r.left || b.right > r.right || (e.localName !== 'a' && e.scrollWidth > e.clientWidth + 1);
  }).map((e) => e.textContent) : [];
  return JSON.stringify({ lang: bar.getAttribute('lang'), height: r.height, level: text('.line .level'), reason: text('.line .reason'),
    heading: text('h2'), firstReason: text('ul li'), clipped });
}`;
interface SeenWarning {
  lang: string;
  height: number;
  level: string | null;
  reason: string | null;
  heading: string | null;
  firstReason: string | null;
  clipped: string[];
}

/** Runs in the popup for a tab: the verdict the background holds (for the expected words) and what the popup shows. */
const READ_POPUP = async (tabId: number) => {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const verdict = await api.runtime.sendMessage({ type: 'get-tab-verdict', tabId });
  return {
    verdict,
    htmlLang: document.documentElement.lang,
    level: document.querySelector('.site-card')?.getAttribute('data-level') ?? null,
    levelWords: document.querySelector('.site-card .level-words')?.textContent ?? null,
    firstReason: document.querySelector('.site-card .site-reasons li')?.textContent ?? null,
    lookupHeading: document.querySelector('#lookup-heading')?.textContent ?? null,
  };
};
type SeenPopup = Awaited<ReturnType<typeof READ_POPUP>>;

/** The warning and the popup are in `lang`: every word compared is that locale's message, filled as the browser does. */
function expectInLanguage(lang: Lang, banner: SeenWarning, popup: SeenPopup) {
  const m = messagesFor(lang);
  expect(m.lang).toBe(lang);
  const v = popup.verdict as Verdict;
  expect(v?.level === 'caution' || v?.level === 'danger', `${lang}: a warning`).toBe(true);
  const reason = textOf(v.reasons[0]!, m);
  expect(banner.lang).toBe(langTag(lang));
  if (v.level === 'caution') {
    expect(banner.level).toBe(m.t('bannerLevelCaution'));
    expect(banner.reason).toBe(reason);
    // One line in every language: the level word, the link and the buttons in view (the reason may be cut with "…").
    expect(banner.height).toBeLessThanOrEqual(COMPACT_MAX_PX);
    expect(banner.clipped, `${lang}: cut off in the one-line bar`).toEqual([]);
  } else {
    expect(banner.heading).toBe(`!!${m.t('bannerTitleDanger')}`);
    expect(banner.firstReason).toBe(reason);
  }
  expect(popup.htmlLang).toBe(langTag(lang));
  expect(popup.level).toBe(v.level);
  expect(popup.levelWords).toBe(m.t(LEVEL_KEYS[v.level]));
  expect(popup.firstReason).toBe(reason);
  expect(popup.lookupHeading).toBe(m.t('popupLookupHeading'));
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => server?.close());

it('covers every UI locale', () => {
  expect(CASES.map((c) => c.lang).sort()).toEqual([...LANGS].sort());
});

describe('the browser\'s language in chromium', () => {
  it.each(CASES)('$chromium: banner and popup in $lang', async ({ lang, chromium, page: dir }) => {
    const s = await launchChromium(server, { locale: chromium });
    try {
      const page = await s.context.newPage();
      await page.goto(server.url(SCAM_HOST, pagePath(dir)));
      await page.waitForSelector('id-guard-banner[data-level]', { state: 'attached', timeout: 15_000 });
      const banner = JSON.parse(await inChromiumBanner<string>(page, READ_BANNER)) as SeenWarning;
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `chromium-${lang}.png`), clip: SHOT_CLIP });
      // The newest tab is the page just opened (the service worker is no tab).
      const tabId = await s.serviceWorker.evaluate(async () =>
        Math.max(...((await (globalThis as any).chrome.tabs.query({})) as { id: number }[]).map((t) => t.id)));
      const popup: Page = await s.context.newPage();
      await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('.site-card:not([data-level="loading"]) .level-words', { timeout: 10_000 });
      expectInLanguage(lang, banner, await popup.evaluate(READ_POPUP, tabId));
    } finally {
      await s.close();
    }
  }, LOCALE_TEST_TIMEOUT_MS);
});

describe('the browser\'s language in firefox', () => {
  it.each(CASES)('$firefox: banner and popup in $lang', async ({ lang, firefox, page: dir }) => {
    const s = await launchFirefox(server, [SCAM_HOST], { locale: firefox });
    try {
      const page = await s.browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(server.url(SCAM_HOST, pagePath(dir)));
      await page.waitForSelector('id-guard-banner[data-level]', { timeout: 15_000 });
      const banner = JSON.parse(await inFirefoxBanner<string>(page, READ_BANNER)) as SeenWarning;
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `firefox-${lang}.png`), clip: SHOT_CLIP });
      // The popup as the banner's "Details" opens it, for the web page's tab (the only https one).
      const popup: PuppeteerPage = await s.openExtensionPage('popup.html');
      const tabId = await popup.evaluate(async () =>
        ((await (globalThis as any).browser.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url?.startsWith('https:'))!.id);
      await popup.evaluate((id) => void (location.search = `?tabId=${id}`), tabId).catch(() => {});
      await waitFor(() => popup.evaluate(() => location.search.startsWith('?tabId=') && !!document.querySelector('.site-card:not([data-level="loading"]) .level-words')), 10_000);
      expectInLanguage(lang, banner, await popup.evaluate(READ_POPUP, tabId));
    } finally {
      await s.close();
    }
  }, LOCALE_TEST_TIMEOUT_MS);
});
