// The warning banner, the upload guard and the badge, end to end: the built extension in real Chromium and
// Firefox ESR, on made-up but realistic scam pages served under scam host names (tests/fixtures/sites/).
// Needs the whole flow: sensor (content/, scan/) → judge (background) → banner. Screenshots for the README are written
// when IDG_SCREENSHOTS=1.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAUTION_UNKNOWN, DANGER_10086 } from '../unit/banner-verdicts';
import { RUN_AXE, SEEN_BANNER, axeSource, bannerAuditHtml, chromiumShadow, inChromiumBanner, type SeenBanner } from './banner-audit';
import { ROOT, launchChromium, launchFirefox, startFixtureServer, waitFor, type ChromiumSession, type FixtureServer } from './harness';

const SCAM_CN = '10086-smrz.top';
const SCAM_EN = 'tmobile-verify.com';
const OFFICIAL_CN = 'www.10086.cn';
const AUDIT = 'banner-audit.test';
/** A page on the official site asking for an ID photo (served by a route, not a fixture file). */
const OFFICIAL_UPLOAD = '/idg-realname-upload';
/** A face-scan step on the scam host: ID uploads and a button that opens the camera, as kits' last step does. */
const FACE_SCAN = '/face-scan';
const FACE_SCAN_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>中国移动 实名认证 - 人脸识别</title></head>
<body><header><h1>中国移动 在线实名认证</h1></header><main><h2>第三步：人脸识别</h2>
<div class="zone">身份证人像面<input type="file" name="front" accept="image/*" style="display:none"></div>
<div class="zone">身份证国徽面<input type="file" name="back" accept="image/*" style="display:none"></div>
<p>请正对屏幕，点击下方按钮开始刷脸认证</p><button type="button" id="start">开始人脸识别</button><p id="status">未开始</p></main>
<script>window.camResult = 'none';
document.getElementById('start').addEventListener('click', function () {
  window.camResult = 'pending';
  navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' } }).then(function (stream) {
    stream.getTracks().forEach(function (t) { t.stop(); }); window.camResult = 'stream';
  }, function (e) { window.camResult = e.name; });
});</script></body></html>`;
const BANNER = 'id-guard-banner';
/**
 * A short caution page (a third-party "verify your identity" step, no brand named) whose first field sits at the
 * very top, where the bar is, and whose own "Next" button is near it: the page must stay usable under the bar.
 */
const CAUTION = 'secure-verify-id.top';
const SHORT_KYC = '/short-kyc';
const SHORT_KYC_HTML = (dark: boolean) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Verify your identity – QuickPay</title>
<style>body{margin:0;font:16px system-ui,sans-serif;${dark ? 'background:#111827;color:#e5e7eb' : 'background:#f5f6f8;color:#111'}}
form{max-width:640px;margin:0 auto;padding:8px 24px}label{display:block;margin-top:12px}input[type=text]{width:100%;padding:8px;box-sizing:border-box}
.slot{display:block;border:2px dashed #9ca3af;border-radius:8px;padding:24px;margin:12px 0;text-align:center}.slot input{display:none}
button{padding:10px 24px}</style></head>
<body><form action="/submit" method="post"><label for="idno">ID number</label>
<input type="text" id="idno" name="cert_no" placeholder="Enter your ID number">
<label class="slot"><span>Front of your ID card</span><input type="file" name="img1" accept="image/*"></label>
<label class="slot"><span>Back of your ID card</span><input type="file" name="img2" accept="image/*"></label>
<button type="submit" id="next">Next</button></form></body></html>`;
/** Tabs from the top of SHORT_KYC to the bar's "Details": its channel link (the region's help), then Details. */
const CAUTION_TABS_TO_DETAILS = 2;
/** The caution bar's bound (issue 18): at most this much of the viewport until a person expands it. */
const COMPACT_MAX_PX = 96;
/** How long a file chooser gets to (wrongly) open before we say it did not: choosers open within ~100 ms. */
const NO_CHOOSER_MS = 1500;
const SHOTS = process.env.IDG_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : null;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({
    routes: [
      (_req, res, url) => {
        if (url.hostname !== OFFICIAL_CN || url.pathname !== OFFICIAL_UPLOAD) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>中国移动 实名认证</title>
          <h1>中国移动 在线实名认证</h1><p>请上传身份证人像面照片</p>
          <label for="f" id="z">上传身份证人像面</label><input type="file" id="f" accept="image/*" hidden>`);
        return true;
      },
      (_req, res, url) => {
        if (url.hostname !== SCAM_CN || url.pathname !== FACE_SCAN) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(FACE_SCAN_HTML);
        return true;
      },
      (_req, res, url) => {
        if (url.hostname !== CAUTION || url.pathname !== SHORT_KYC) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(SHORT_KYC_HTML(url.searchParams.has('dark')));
        return true;
      },
      (_req, res, url) => {
        if (url.hostname !== AUDIT) return false;
        const v = url.searchParams.get('level') === 'caution' ? CAUTION_UNKNOWN : DANGER_10086;
        const lang = (url.searchParams.get('lang') ?? 'en') as 'en' | 'zh_CN' | 'zh_TW';
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const has = (k: string) => url.searchParams.has(k);
        res.end(bannerAuditHtml(v, lang, { question: has('question'), dark: has('dark'), expanded: has('expanded') }));
        return true;
      },
    ],
  });
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => server?.close());

/** The AUDIT page variants: every level and language, with and without the upload question. */
const AUDITS = [
  'level=danger&lang=en&question',
  'level=caution&lang=en',
  'level=caution&lang=en&expanded',
  'level=danger&lang=zh_CN&question',
  'level=caution&lang=zh_TW&dark',
  'level=caution&lang=zh_CN&expanded&dark',
];

/** What the caution scenario needs of a page, in Playwright's and Puppeteer's common shape. */
type BarPage = CameraPage & { evaluate<T>(expr: string): Promise<T>; focus(selector: string): Promise<void>; click(selector: string): Promise<void> };
const seenBanner = (page: BarPage) => page.evaluate<SeenBanner | null>(SEEN_BANNER);

/**
 * The caution bar on SHORT_KYC, as the page sees it: at most COMPACT_MAX_PX tall at the top; "Details" reached by
 * Tab and opened with Enter expands it in place (`expanded` checks aria-expanded where the test can read the
 * closed root), Enter folds it again; when the page's own focus goes to the field under it, it moves to the bottom.
 */
async function cautionBarScenario(page: BarPage, tabsToDetails: number, expanded?: () => Promise<boolean>, shoot?: (name: string) => Promise<void>): Promise<void> {
  const compact = (await waitFor(async () => {
    const b = await seenBanner(page);
    return b && b.height > 0 ? b : null;
  }, 5_000))!;
  expect(compact.top).toBe(0);
  expect(compact.height).toBeGreaterThan(30);
  expect(compact.height).toBeLessThanOrEqual(COMPACT_MAX_PX);
  expect(compact.onTop).toBe(true);
  await shoot?.('compact');
  for (let i = 0; i < tabsToDetails; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const open = (await waitFor(async () => {
    const b = await seenBanner(page);
    return b && b.height > COMPACT_MAX_PX ? b : null;
  }, 3_000))!;
  expect(open.top).toBe(0);
  if (expanded) expect(await expanded()).toBe(true);
  await shoot?.('expanded');
  await page.keyboard.press('Enter');
  await waitFor(async () => (await seenBanner(page))?.height === compact.height, 3_000);
  if (expanded) expect(await expanded()).toBe(false);
  // The upload guard still asks, in the folded bar: a click on the page's upload slot brings the question (the
  // bar grows under its one line), Escape answers "Cancel" and the bar is one line again.
  await page.click('.slot');
  await waitFor(async () => ((await seenBanner(page))?.height ?? 0) > compact.height + 40, 3_000);
  await page.keyboard.press('Escape');
  await waitFor(async () => (await seenBanner(page))?.height === compact.height, 3_000);
  // The page's own focus on its first field, under the bar: the bar goes to the bottom, the field is clear.
  const field = await page.evaluate<{ top: number; bottom: number }>(`(() => { const r = document.getElementById('idno').getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; })()`);
  expect(field.top).toBeLessThan(compact.height);
  await page.focus('#idno');
  const moved = (await waitFor(async () => {
    const b = await seenBanner(page);
    return b && b.top > 0 ? b : null;
  }, 3_000))!;
  // Measured heights for the README and the report (printed only with screenshots on).
  if (SHOTS) console.info(`caution bar: compact ${compact.height} px, expanded ${open.height} px, moved to y=${moved.top}`);
  expect(moved.top).toBeGreaterThanOrEqual(field.bottom);
  expect(moved.height).toBeLessThanOrEqual(COMPACT_MAX_PX);
  expect(await page.evaluate<boolean>(`document.elementFromPoint(innerWidth / 2, ${(field.top + field.bottom) / 2}) === document.getElementById('idno')`)).toBe(true);
}

/** What the camera scenario needs of a page, in Playwright's and Puppeteer's common shape. */
type CameraPage = { evaluate<T>(fn: () => T): Promise<T>; keyboard: { press(key: string): Promise<void> } };

/**
 * The FACE_SCAN page's camera, on a browser with a fake camera: held while the question is shown (`asking`), refused
 * after "Cancel" (Escape), asked again next time and let through after "Continue" (Tab, Enter).
 */
async function cameraGuardScenario(page: CameraPage, asking: () => Promise<boolean>, whenAsked?: () => Promise<void>): Promise<void> {
  const result = () => page.evaluate(() => (window as unknown as { camResult: string }).camResult);
  const settled = async () => {
    await waitFor(async () => (await result()) !== 'pending', 5_000);
    return result();
  };
  // The page's own script starts the camera (the banner covers the button: no pointer click reaches it).
  const start = () => page.evaluate(() => void document.getElementById('start')!.click());
  await start();
  // Held while the person reads the question (the MAIN-world watcher waits for the sensor's answer).
  await waitFor(asking, 5_000);
  await new Promise((r) => setTimeout(r, 500));
  expect(await result()).toBe('pending');
  await whenAsked?.();
  await page.keyboard.press('Escape');
  expect(await settled()).toBe('NotAllowedError');
  await start();
  await waitFor(asking, 5_000);
  await new Promise((r) => setTimeout(r, 300));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await settled()).toBe('stream');
}

// ------------------------------------------------------------------------------------------------ Chromium

/** The badge text of `page`'s tab. Without the "tabs" permission the worker sees no tab URLs, so it finds the tab
 * as the active one after bringing the page to the front. */
async function chromiumBadge(s: ChromiumSession, page: Page): Promise<string> {
  await page.bringToFront();
  return s.serviceWorker.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return c.action.getBadgeText({ tabId: tab.id });
  });
}

describe('banner in chromium', () => {
  it('warns on a Chinese 实名认证 scam page (danger), links to 10086.cn, and the link works from the keyboard', async () => {
    const s = await launchChromium(server, { locale: 'zh-CN' });
    try {
      const page = await s.context.newPage();
      await page.goto(server.url(SCAM_CN));
      await page.waitForSelector(`${BANNER}[data-level="danger"]`, { state: 'attached', timeout: 15_000 });
      expect(await page.locator(BANNER).count()).toBe(1);
      const shadow = await chromiumShadow(page);
      const info = await shadow.eval<{ role: string | null; text: string; links: string[] }>(
        `function () { const a = this.querySelector('[role="alert"]'); return { role: a && a.getAttribute('role'),
           text: a ? a.textContent : '', links: [...this.querySelectorAll('a')].map((l) => l.href) }; }`,
      );
      expect(info.role).toBe('alert');
      expect(info.text).toContain('中国移动');
      expect(info.text).toContain('身份证');
      expect(info.links[0]).toMatch(/^https:\/\/www\.10086\.cn\//);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'banner-zh-light.png') });
      // The banner comes first in keyboard order: Tab reaches the official link, Enter opens it in a new tab.
      await page.keyboard.press('Tab');
      expect(await shadow.eval<string>('function () { return this.activeElement && this.activeElement.href; }')).toBe(info.links[0]);
      const [official] = await Promise.all([s.context.waitForEvent('page'), page.keyboard.press('Enter')]);
      await official.waitForLoadState('domcontentloaded');
      expect(new URL(official.url()).hostname).toBe(OFFICIAL_CN);
      expect(await official.evaluate(() => window.opener)).toBeNull();
      if (SHOTS) {
        await page.goto(server.url(SCAM_CN, '/?dark'));
        await page.waitForSelector(`${BANNER}[data-level="danger"]`, { state: 'attached', timeout: 15_000 });
        await page.screenshot({ path: join(SHOTS, 'banner-zh-dark.png') });
      }
    } finally {
      await s.close();
    }
  });

  it('warns in English on a carrier "verify your identity" page and names the official site', async () => {
    const s = await launchChromium(server);
    try {
      const page = await s.context.newPage();
      await page.goto(server.url(SCAM_EN, SHOTS ? '/?dark' : '/'));
      await page.waitForSelector(`${BANNER}[data-level="danger"]`, { state: 'attached', timeout: 15_000 });
      const shadow = await chromiumShadow(page);
      const links = await shadow.eval<string[]>(`function () { return [...this.querySelectorAll('a')].map((l) => l.href); }`);
      expect(links[0]).toMatch(/^https:\/\/www\.t-mobile\.com\//);
      expect(await shadow.eval<string>(`function () { return this.querySelector('h2').textContent; }`)).toMatch(/Stop/);
      if (SHOTS) {
        await page.screenshot({ path: join(SHOTS, 'banner-en-dark.png') });
        await page.goto(server.url(SCAM_EN));
        await page.waitForSelector(`${BANNER}[data-level="danger"]`, { state: 'attached', timeout: 15_000 });
        await page.screenshot({ path: join(SHOTS, 'banner-en-light.png') });
      }
    } finally {
      await s.close();
    }
  });

  it('shows caution as a one-line bar of at most 96 px that expands from the keyboard, still asks before an upload, and moves off the focused field', async () => {
    const s = await launchChromium(server);
    try {
      const page = await s.context.newPage();
      for (const dark of SHOTS ? [false, true] : [false]) {
        await page.goto(server.url(CAUTION, dark ? `${SHORT_KYC}?dark` : SHORT_KYC));
        await page.waitForSelector(`${BANNER}[data-level="caution"]`, { state: 'attached', timeout: 15_000 });
        const inBar = <T>(fn: string) => inChromiumBanner<T>(page, fn);
        // Tab order in the bar: its channel link (when the verdict has one), then Details.
        expect(1 + (await inBar<number>(`function () { return this.querySelectorAll('.line a').length; }`))).toBe(CAUTION_TABS_TO_DETAILS);
        const expanded = async () => (await inBar<string>(`function () { return this.querySelector('[aria-expanded]').getAttribute('aria-expanded'); }`)) === 'true';
        const shoot = SHOTS ? (name: string) => page.screenshot({ path: join(SHOTS, `caution-${name}-${dark ? 'dark' : 'light'}.png`) }).then(() => {}) : undefined;
        await cautionBarScenario(page as unknown as BarPage, CAUTION_TABS_TO_DETAILS, expanded, shoot);
      }
    } finally {
      await s.close();
    }
  });

  it('asks before a file chooser opens: no chooser until "Continue", none after "Cancel"', async () => {
    const s = await launchChromium(server);
    try {
      const page = await s.context.newPage();
      const choosers: string[] = [];
      page.on('filechooser', async (fc) => choosers.push(await fc.element().evaluate((e) => (e as HTMLElement).id)));
      await page.goto(server.url(SCAM_CN));
      await page.waitForSelector(`${BANNER}[data-level="danger"]`, { state: 'attached', timeout: 15_000 });
      // The styled 人像面 zone is a <label for> a hidden input.
      await page.click('#zone-front');
      await page.waitForTimeout(NO_CHOOSER_MS);
      expect(choosers).toEqual([]);
      const shadow = await chromiumShadow(page);
      const dialog = await shadow.eval<{ text: string; link: string; focused: string }>(
        `function () { const d = this.querySelector('[role="alertdialog"]'); return d && { text: d.textContent,
           link: d.querySelector('a').href, focused: this.activeElement.textContent }; }`,
      );
      expect(dialog.text).toContain(SCAM_CN);
      expect(dialog.link).toMatch(/^https:\/\/www\.10086\.cn\//);
      expect(dialog.focused).toMatch(/Cancel/);
      // Continue (the second button) from the keyboard: the chooser opens for the right input.
      await page.keyboard.press('Tab');
      const chooser = page.waitForEvent('filechooser', { timeout: 5000 });
      await page.keyboard.press('Enter');
      await chooser;
      await waitFor(() => choosers.length === 1);
      expect(choosers).toEqual(['front']);
      // The 国徽面 zone is a <div> whose page script calls input.click(): stopped too; Escape cancels.
      await page.click('#zone-back');
      await page.waitForTimeout(300);
      expect(await shadow.eval<boolean>(`function () { return !!this.querySelector('[role="alertdialog"]'); }`)).toBe(true);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(NO_CHOOSER_MS);
      expect(choosers).toEqual(['front']);
      expect(await shadow.eval<boolean>(`function () { return !!this.querySelector('[role="alertdialog"]'); }`)).toBe(false);
      expect(await page.evaluate(() => (window as any).received)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('asks before the camera opens on a warned page: refused after "Cancel", opened after "Continue"', async () => {
    const s = await launchChromium(server, { fakeMedia: true });
    try {
      const page = await s.context.newPage();
      await page.goto(server.url(SCAM_CN, FACE_SCAN));
      await page.waitForSelector(`${BANNER}[data-level="danger"]`, { state: 'attached', timeout: 15_000 });
      // The banner is looked up afresh each time: the camera cue changes the verdict's reasons, which renders it anew.
      const inBanner = <T>(fn: string) => inChromiumBanner<T>(page, fn);
      const asking = () => inBanner<boolean>(`function () { return !!this.querySelector('[role="alertdialog"]'); }`);
      await cameraGuardScenario(page as unknown as CameraPage, asking, async () => {
        // The question took the focus: its Cancel button, the safe answer.
        expect(await inBanner<string>('function () { return this.activeElement.textContent; }')).toMatch(/Cancel/);
      });
      expect(await asking()).toBe(false);
    } finally {
      await s.close();
    }
  });

  it('never guards an official page', async () => {
    const s = await launchChromium(server);
    try {
      const page = await s.context.newPage();
      // An ID request on the official site: no banner, no guard.
      await page.goto(server.url(OFFICIAL_CN, OFFICIAL_UPLOAD));
      await page.waitForTimeout(NO_CHOOSER_MS);
      const chooser = page.waitForEvent('filechooser', { timeout: 5000 });
      await page.click('#z');
      await chooser;
      expect(await page.locator(BANNER).count()).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('shows the badge per tab and clears it when the tab navigates to a quiet page', async () => {
    const s = await launchChromium(server);
    try {
      const scam = await s.context.newPage();
      await scam.goto(server.url(SCAM_CN));
      const other = await s.context.newPage();
      await other.goto(server.url(SCAM_EN));
      await scam.waitForSelector(BANNER, { state: 'attached', timeout: 15_000 });
      await other.waitForSelector(BANNER, { state: 'attached', timeout: 15_000 });
      await waitFor(async () => (await chromiumBadge(s, other)) === '!!', 10_000).catch(() => {});
      expect([await chromiumBadge(s, scam), await chromiumBadge(s, other)]).toEqual(['!!', '!!']);
      // Navigation within the tab: the badge follows the new page, and only in that tab.
      await other.goto(server.url(OFFICIAL_CN, '/'));
      await waitFor(async () => (await chromiumBadge(s, other)) === '', 10_000).catch(() => {});
      expect([await chromiumBadge(s, scam), await chromiumBadge(s, other)]).toEqual(['!!', '']);
    } finally {
      await s.close();
    }
  });

  it('comes back when the page removes or hides it', async () => {
    const s = await launchChromium(server);
    try {
      const page = await s.context.newPage();
      await page.goto(server.url(SCAM_CN));
      await page.waitForSelector(BANNER, { state: 'attached', timeout: 15_000 });
      await page.evaluate((tag) => document.querySelector(tag)!.remove(), BANNER);
      await page.waitForSelector(`${BANNER}[data-level="danger"]`, { state: 'attached', timeout: 3000 });
      await page.evaluate((tag) => {
        const b = document.querySelector(tag) as HTMLElement;
        b.style.setProperty('display', 'none', 'important');
        document.body.prepend(b);
      }, BANNER);
      await waitFor(() => page.evaluate((tag) => {
        const b = document.querySelector(tag) as HTMLElement;
        return b.parentNode === document.documentElement && getComputedStyle(b).display === 'block';
      }, BANNER), 3000);
      // The page cannot read into the banner.
      expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot, BANNER)).toBeNull();
      expect(await seenBanner(page as unknown as BarPage)).toMatchObject({ top: 0, onTop: true });
    } finally {
      await s.close();
    }
  });

  it('has no serious or critical axe violation (audit copy of the banner)', async () => {
    const s = await launchChromium(server);
    try {
      const page = await s.context.newPage();
      const source = await axeSource();
      for (const q of AUDITS) {
        await page.goto(server.url(AUDIT, `/?${q}`));
        await page.addScriptTag({ content: source });
        expect(await page.evaluate(RUN_AXE), q).toEqual([]);
        // The audited copy really is the banner (not an empty page).
        expect(await page.locator('id-guard-banner [role="alert"]').count(), q).toBe(1);
      }
    } finally {
      await s.close();
    }
  });
});

// ------------------------------------------------------------------------------------------------ Firefox

/** "host badge" for every web tab, sorted. */
async function firefoxBadges(s: Awaited<ReturnType<typeof launchFirefox>>): Promise<string[]> {
  const ext = await s.openExtensionPage('popup.html');
  try {
    return await ext.evaluate(async () => {
      const b = (globalThis as any).browser;
      const out: string[] = [];
      for (const t of await b.tabs.query({}))
        if (t.url?.startsWith('https:')) out.push(`${new URL(t.url).hostname} ${await b.action.getBadgeText({ tabId: t.id })}`);
      return out.sort();
    });
  } finally {
    await ext.close();
  }
}

async function firefoxBanner(page: FirefoxPage, level = 'danger') {
  await page.waitForSelector(`${BANNER}[data-level="${level}"]`, { timeout: 15_000 });
}

describe('banner in firefox', () => {
  const hosts = [SCAM_CN, SCAM_EN, OFFICIAL_CN, AUDIT, CAUTION];

  it('shows caution as a one-line bar of at most 96 px that expands from the keyboard, still asks before an upload, and moves off the focused field', async () => {
    const s = await launchFirefox(server, hosts);
    try {
      const page = await s.browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(server.url(CAUTION, SHORT_KYC));
      await firefoxBanner(page, 'caution');
      await page.bringToFront();
      // The same verdict as in Chromium (same page, same locale): its channel link, then Details. Focus stays in
      // the banner (the page sees its host as the active element) while the person expands and folds it.
      await cautionBarScenario(page as unknown as BarPage, CAUTION_TABS_TO_DETAILS);
    } finally {
      await s.close();
    }
  });

  it('warns on the 实名认证 scam page; the official link works from the keyboard; it comes back when removed', async () => {
    const s = await launchFirefox(server, hosts);
    try {
      const page = await s.browser.newPage();
      // Same window as Chromium's: in a short window the banner scrolls, and Firefox puts a scroller in the Tab order.
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(server.url(SCAM_CN));
      await firefoxBanner(page);
      expect(await page.$$eval(BANNER, (b) => b.length)).toBe(1);
      expect(await page.$eval(BANNER, (b) => b.shadowRoot)).toBeNull(); // closed: the page cannot read it
      await page.bringToFront();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe(BANNER);
      await page.keyboard.press('Enter');
      // The extension's view of the tabs: a tab whose address is the link's, even when the fixture server could not
      // take port 443 and the tab shows Firefox's connection error page (tab.url stays the address it tried).
      const ext = await s.openExtensionPage('popup.html');
      const where = await waitFor(
        () => ext.evaluate(async () => ((await (globalThis as any).browser.tabs.query({})) as { url?: string }[])
          .map((t) => t.url ?? '').find((u) => u.includes('www.10086.cn')) ?? ''),
        10_000,
      );
      await ext.close();
      expect(where).toMatch(/https:\/\/www\.10086\.cn\//);
      await page.bringToFront();
      await page.evaluate((tag) => document.querySelector(tag)!.remove(), BANNER);
      await firefoxBanner(page);
    } finally {
      await s.close();
    }
  });

  it('asks before a file chooser opens: the input never sees the click until "Continue"', async () => {
    const s = await launchFirefox(server, hosts);
    try {
      const page = await s.browser.newPage();
      await page.goto(server.url(SCAM_EN));
      await firefoxBanner(page);
      await page.evaluate(() => {
        (window as any).inputClicks = 0;
        document.getElementById('idfront')!.addEventListener('click', () => (window as any).inputClicks++);
      });
      await page.bringToFront();
      await page.click('#up-front');
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.evaluate(() => (window as any).inputClicks)).toBe(0);
      // The question took the focus (its Cancel button, inside the closed shadow root).
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe(BANNER);
      await page.keyboard.press('Escape');
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.evaluate(() => (window as any).inputClicks)).toBe(0);
      await page.click('#up-front');
      await new Promise((r) => setTimeout(r, 300));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await waitFor(() => page.evaluate(() => (window as any).inputClicks === 1), 5000);
      expect(await page.evaluate(() => (window as any).received)).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('asks before the camera opens on a warned page: refused after "Cancel", opened after "Continue"', async () => {
    const s = await launchFirefox(server, hosts, { fakeMedia: true });
    try {
      const page = await s.browser.newPage();
      await page.goto(server.url(SCAM_CN, FACE_SCAN));
      await firefoxBanner(page);
      await page.bringToFront();
      // The question takes the focus (its Cancel button, inside the closed shadow root) while the call is held.
      const asking = () => page.evaluate((tag) => document.activeElement?.localName === tag, BANNER);
      await cameraGuardScenario(page as unknown as CameraPage, asking);
    } finally {
      await s.close();
    }
  });

  it('shows the badge per tab', async () => {
    const s = await launchFirefox(server, hosts);
    try {
      const scam = await s.browser.newPage();
      await scam.goto(server.url(SCAM_CN));
      await firefoxBanner(scam);
      const official = await s.browser.newPage();
      await official.goto(server.url(OFFICIAL_CN, '/'));
      await waitFor(async () => (await firefoxBadges(s)).includes(`${SCAM_CN} !!`), 10_000).catch(() => {});
      expect(await firefoxBadges(s)).toEqual([`${SCAM_CN} !!`, `${OFFICIAL_CN} `]);
      // Navigation within the tab: the badge follows the new page.
      await scam.goto(server.url(OFFICIAL_CN, '/quiet'));
      await waitFor(async () => !(await firefoxBadges(s)).includes(`${SCAM_CN} !!`), 10_000).catch(() => {});
      expect(await firefoxBadges(s)).toEqual([`${OFFICIAL_CN} `, `${OFFICIAL_CN} `]);
    } finally {
      await s.close();
    }
  });

  it('has no serious or critical axe violation (audit copy of the banner)', async () => {
    const s = await launchFirefox(server, hosts);
    try {
      const page = await s.browser.newPage();
      const source = await axeSource();
      for (const q of AUDITS) {
        await page.goto(server.url(AUDIT, `/?${q}`));
        await page.addScriptTag({ content: source });
        expect(await page.evaluate(RUN_AXE), q).toEqual([]);
      }
    } finally {
      await s.close();
    }
  });
});
