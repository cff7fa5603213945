// Reads what the BUILT extension decided about a page, the way a person would see it, for the demo (npm start), the
// eval (npm run eval) and their e2e gate. Shared by those three so they can never disagree on how a level is read.
//
// How a page's verdict is found (robust without the `tabs` permission, which ID Guard does not ask for):
// - Tab id: the extension cannot see other tabs' URLs, so chrome.tabs.query({url}) is useless. Instead the service
//   worker lists tab ids right before and right after Playwright opens a page (page creation is serialised by a
//   lock), and the one new id is that page's tab. Tab ids survive navigation, so the id stays valid.
// - Verdict: an extension page (popup.html, opened once as a tab) sends the extension's own UI message
//   `get-tab-verdict` (and `get-tab-site` when a page had no cues), exactly as the popup does. A service worker
//   cannot message itself, which is why this goes through an extension page.
// - Banner: read through CDP's DOM.getDocument with `pierce: true`, which also enters CLOSED shadow roots, so the
//   banner's own links can be checked without the page (or the test) being able to reach into it.
// - Badge: chrome.action.getBadgeText({tabId}) in the service worker.
import type { CDPSession, Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumSession, FirefoxSession } from '../tests/e2e/harness';
import type { Level, Verdict } from '../core/types';
import { textOf } from '../core/lang';
import { messagesFor } from './locale-messages';

/** Reasons are reported in English. */
const EN = messagesFor('en');

/** The few chrome.* calls made inside evaluate() callbacks, which run in the extension's pages and worker, not here. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** Tag of the banner's host element (kit/banner-host.ts; a random suffix is its fallback). */
export const BANNER_TAG = 'id-guard-banner';

/**
 * How long after the page's first idle moment a page may take to reach its final verdict. The sensor runs at
 * document_idle, asks the background, and schedules later work on idle callbacks; on an idle machine the verdict
 * comes within a second, but on a 2-core machine at load average ~18 (other test runs in parallel) danger verdicts
 * were seen to take 2–5 s. Pages that end up `none` cost exactly this long.
 */
export const DEFAULT_SETTLE_MS = 5000;
const POLL_MS = 200;
/** Polls (of POLL_MS) for the banner after a warned verdict: 1 s. */
const BANNER_GRACE_POLLS = 5;

export interface PageOutcome {
  url: string;
  host: string;
  level: Level;
  /** Site kind from the verdict (or the tab's site verdict when the page had no cues). */
  site: string | null;
  /** English reason texts. */
  reasons: string[];
  reasonCodes: string[];
  /** data-level of the banner host in the page, or null when there is no banner. */
  banner: string | null;
  /** Every link (href) inside the banner's shadow root. */
  bannerLinks: string[];
  badge: string;
  verdict: Verdict | null;
  /** Why the level could not be read from the extension (e.g. the judge has no get-tab-verdict handler yet). */
  note?: string;
  error?: string;
}

/** What the eval needs of a browser: open a page, read what the extension decided, close. */
export interface PageProbe {
  visit(url: string, opts?: { settleMs?: number; screenshot?: string }): Promise<PageOutcome>;
  close(): Promise<void>;
}

/** One opened page, as each browser's driver reaches it. */
interface ProbeTab {
  goto(url: string): Promise<void>;
  /** Resolves at the page's first idle moment (or after 5 s). */
  idle(): Promise<void>;
  banner(): Promise<{ level: string | null; links: string[] }>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Runs in an extension page: a UI message to the background, as the popup sends it. */
const SEND_UI_MESSAGE = async (m: unknown) => {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  try {
    return { ok: true as const, value: ((await api.runtime.sendMessage(m)) ?? null) as unknown };
  } catch (e) {
    return { ok: false as const, error: String((e as Error)?.message ?? e) };
  }
};

/**
 * How a page's verdict is read, the same in both browsers; a subclass says how to open a page, list tab ids, evaluate
 * in the extension page (popup.html) and read the badge.
 */
abstract class Probe implements PageProbe {
  private lock: Promise<unknown> = Promise.resolve();

  protected abstract tabIds(): Promise<number[]>;
  protected abstract openPage(): Promise<ProbeTab>;
  /** Evaluates `fn(arg)` in the extension page. */
  protected abstract inExtension<A, T>(fn: (arg: A) => Promise<T>, arg: A): Promise<T>;
  protected abstract badge(tabId: number): Promise<string>;
  abstract close(): Promise<void>;

  /** A new page and its extension tab id. */
  private newTab(): Promise<{ tab: ProbeTab; tabId: number }> {
    const run = this.lock.then(async () => {
      // A second tab can appear when the driver retried a tab whose creation it reported as failed (Firefox): that
      // page is closed and the count starts again with the stray tab among the old ones.
      for (let attempt = 1; ; attempt++) {
        const before = new Set(await this.tabIds());
        const tab = await this.openPage();
        const end = Date.now() + 5000;
        let fresh: number[] = [];
        while (fresh.length === 0 && Date.now() <= end) {
          fresh = (await this.tabIds()).filter((id) => !before.has(id));
          if (fresh.length === 0) await sleep(50);
        }
        if (fresh.length === 1) return { tab, tabId: fresh[0] };
        await tab.close().catch(() => {});
        if (fresh.length === 0) throw new Error('the new page never showed up as a tab');
        if (attempt === 3) throw new Error(`several new tabs appeared at once: ${fresh.join(', ')}`);
      }
    });
    this.lock = run.catch(() => {});
    return run;
  }

  private async message(msg: { type: 'get-tab-verdict' | 'get-tab-site'; tabId: number }): Promise<{ verdict: Verdict | null; note?: string }> {
    const r = await this.inExtension(SEND_UI_MESSAGE, msg);
    return r.ok ? { verdict: r.value as Verdict | null } : { verdict: null, note: `${msg.type}: ${r.error}` };
  }

  /** Opens `url` in a new tab, waits for the verdict to settle, reads it, optionally screenshots, closes the tab. */
  async visit(url: string, opts: { settleMs?: number; screenshot?: string } = {}): Promise<PageOutcome> {
    const host = new URL(url).hostname;
    const out: PageOutcome = { url, host, level: 'none', site: null, reasons: [], reasonCodes: [], banner: null, bannerLinks: [], badge: '', verdict: null };
    let opened: { tab: ProbeTab; tabId: number };
    try {
      opened = await this.newTab();
    } catch (e) {
      return { ...out, error: `no tab: ${String((e as Error)?.message ?? e).split('\n')[0]}` };
    }
    const { tab, tabId } = opened;
    try {
      await tab.goto(url);
      // Start the clock when the page's main thread is first idle: on a loaded machine that is what delays the
      // sensor (document_idle, idle callbacks), not wall time.
      await tab.idle();
      const end = Date.now() + (opts.settleMs ?? DEFAULT_SETTLE_MS);
      let note: string | undefined;
      // Only the background is polled while the page settles (a message to the service worker, off the page's
      // thread). The banner is read once at the end: a full DOM snapshot blocks the page's main thread, and doing
      // it every poll starved the sensor's time budget on big pages.
      for (;;) {
        const got = await this.message({ type: 'get-tab-verdict', tabId });
        out.verdict = got.verdict;
        note = got.note;
        // danger is the top level and official never changes with content: nothing later can alter them.
        if (out.verdict?.level === 'official' || out.verdict?.level === 'danger' || Date.now() > end) break;
        await sleep(POLL_MS);
      }
      for (let tries = 0; ; tries++) {
        const banner = await tab.banner();
        out.banner = banner.level;
        out.bannerLinks = banner.links;
        // The banner follows the verdict's reply to the content script by a moment: give it that moment.
        if (out.banner || !out.verdict || !['caution', 'danger'].includes(out.verdict.level) || tries >= BANNER_GRACE_POLLS) break;
        await sleep(POLL_MS);
      }
      let v = out.verdict;
      if (!v) {
        const site = await this.message({ type: 'get-tab-site', tabId });
        v = site.verdict;
        note ??= site.note;
      }
      if (v) {
        out.level = v.level;
        out.site = v.site;
        out.reasons = v.reasons.map((r) => textOf(r, EN));
        out.reasonCodes = v.reasons.map((r) => r.code);
        // A closed shadow root the driver could not enter: the links the verdict hands the banner.
        if (out.banner && out.bannerLinks.length === 0) out.bannerLinks = officialLinks(v);
      } else if (note) {
        // The extension did not answer (an older build): fall back to what the page shows.
        out.level = (out.banner as Level | null) ?? 'none';
        out.note = note;
      }
      out.badge = await this.badge(tabId);
      if (opts.screenshot) await tab.screenshot(opts.screenshot);
    } catch (e) {
      out.error = String((e as Error)?.message ?? e).split('\n')[0];
    } finally {
      await tab.close().catch(() => {});
    }
    return out;
  }
}

/** Chromium (Playwright): tab ids and the badge from the service worker, the banner through CDP. */
export class ExtensionProbe extends Probe {
  private ext!: Page;

  private constructor(private readonly session: ChromiumSession) {
    super();
  }

  static async open(session: ChromiumSession): Promise<ExtensionProbe> {
    const probe = new ExtensionProbe(session);
    probe.ext = await session.context.newPage();
    await probe.ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
    // One throwaway load first: it wakes the service worker and fills the renderer's code cache, so the first real
    // page is not the one that pays for a cold start (seen as a missed verdict on the first demo page).
    const warm = await session.context.newPage();
    await warm.goto('https://warm-up.invalid/').catch(() => {});
    await sleep(500);
    await warm.close();
    return probe;
  }

  protected tabIds(): Promise<number[]> {
    return this.session.serviceWorker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
  }

  protected async openPage(): Promise<ProbeTab> {
    const page = await this.session.context.newPage();
    return {
      goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 30_000 })),
      idle: () => page.evaluate(IDLE).catch(() => {}),
      banner: async () => {
        const cdp = await page.context().newCDPSession(page);
        try {
          return await readBanner(cdp);
        } finally {
          await cdp.detach().catch(() => {});
        }
      },
      screenshot: async (path) => void (await page.screenshot({ path })),
      close: () => page.close(),
    };
  }

  protected inExtension<A, T>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
    return this.ext.evaluate(fn as (arg: unknown) => Promise<T>, arg);
  }

  protected badge(tabId: number): Promise<string> {
    return this.session.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  async close(): Promise<void> {
    await this.ext.close().catch(() => {});
  }
}

/**
 * Firefox ESR (puppeteer-core over WebDriver BiDi), for `npm run eval -- --browser firefox`. Tab ids, verdicts and the
 * badge come from the extension page (Firefox's background is an event page, not a worker the test can evaluate in).
 * The banner's level is its host element's `data-level`, read in every frame. Its links sit in a CLOSED shadow root,
 * which nothing outside the extension can enter in Firefox (no CDP `pierce`), so the links counted are the
 * official-site links the verdict hands the banner: what the banner renders, read one step earlier.
 */
export class FirefoxProbe extends Probe {
  private ext!: PuppeteerPage;

  private constructor(private readonly session: FirefoxSession) {
    super();
  }

  static async open(session: FirefoxSession): Promise<FirefoxProbe> {
    const probe = new FirefoxProbe(session);
    probe.ext = await session.openExtensionPage('popup.html');
    return probe;
  }

  protected tabIds(): Promise<number[]> {
    return this.inExtension(async () => (await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).tabs.query({})).map((t) => t.id ?? -1), null);
  }

  protected async openPage(): Promise<ProbeTab> {
    const browser = this.session.browser;
    // WebDriver BiDi creates the tab beside the last one it knew; when that tab was just closed, Firefox answers
    // "no such frame" once. A second try finds a live one.
    const page = await browser.newPage().catch(() => sleep(200).then(() => browser.newPage()));
    return {
      goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 30_000 })),
      idle: () => page.evaluate(IDLE).then(() => {}, () => {}),
      banner: async () => ({ level: await bannerLevelIn(page), links: [] }),
      screenshot: async (path) => void (await page.screenshot({ path })),
      close: () => page.close(),
    };
  }

  protected inExtension<A, T>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
    return this.ext.evaluate(fn as (arg: unknown) => Promise<T>, arg) as Promise<T>;
  }

  protected badge(tabId: number): Promise<string> {
    return this.inExtension(async (id) => ((globalThis as { browser?: typeof chrome }).browser ?? chrome).action.getBadgeText({ tabId: id }), tabId);
  }

  async close(): Promise<void> {
    await this.ext.close().catch(() => {});
  }
}

/** Page script: resolves at the page's first idle moment (or after 5 s). */
const IDLE = () => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 5000 }));

/** The banner host's data-level in any frame of the page (the host element is in the page's DOM; its content is not). */
async function bannerLevelIn(page: PuppeteerPage): Promise<string | null> {
  for (const frame of page.frames()) {
    const level = await frame
      .evaluate((tag: string) => {
        const all = document.getElementsByTagName('*');
        for (let i = 0; i < all.length; i++) if (all[i].localName.startsWith(tag) && all[i].hasAttribute('data-level')) return all[i].getAttribute('data-level');
        return null;
      }, BANNER_TAG)
      .catch(() => null);
    if (level) return level;
  }
  return null;
}

/** The https links to an official site that a verdict gives the banner. */
function officialLinks(v: Verdict): string[] {
  const o = v.official;
  return o ? [o.website, o.realName, o.report].filter((x): x is string => !!x && x.startsWith('https://')) : [];
}

interface DomNode {
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** Finds the banner host (in any frame, behind closed shadow roots) and the links inside its shadow root. */
async function readBanner(cdp: CDPSession): Promise<{ level: string | null; links: string[] }> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  let level: string | null = null;
  const links: string[] = [];
  const attr = (n: DomNode, name: string) => {
    const a = n.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
    return null;
  };
  const collectLinks = (n: DomNode) => {
    if (n.nodeName === 'A') {
      const href = attr(n, 'href');
      if (href) links.push(href);
    }
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) collectLinks(c);
  };
  const walk = (n: DomNode) => {
    if (n.nodeName.toLowerCase().startsWith(BANNER_TAG) && attr(n, 'data-level') && level === null) {
      level = attr(n, 'data-level');
      for (const s of n.shadowRoots ?? []) collectLinks(s);
    }
    for (const c of n.children ?? []) walk(c);
    for (const s of n.shadowRoots ?? []) walk(s);
    if (n.contentDocument) walk(n.contentDocument);
  };
  walk(root);
  return { level, links };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** True when `href` points at one of `domains` (a registrable domain or a subdomain of it). */
export function linksToDomain(href: string, domains: string[]): boolean {
  try {
    const h = new URL(href).hostname.toLowerCase();
    return domains.some((d) => h === d || h.endsWith(`.${d}`));
  } catch {
    return false;
  }
}

/** A plain-text table (GitHub-flavoured Markdown, so the same text goes into the README). */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ')))];
  const widths = header.map((_, i) => Math.max(3, ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(widths[i] - displayWidth(c))).join(' | ')} |`;
  return [line(cells[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
