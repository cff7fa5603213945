// A test page holding a copy of the banner, rendered by the banner's own module (kit/banner-view.ts)
// into an OPEN declarative shadow root, so axe-core can audit it. The real banner's root is closed (the page must
// not read or change it), which also keeps axe out; this copy is the same DOM and CSS.
import { Window } from 'happy-dom';
import type { CDPSession, Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { HOST_STYLE } from '../../kit/banner-styles';
import { renderBanner, renderQuestion, setExpanded } from '../../kit/banner-view';
import type { Lang, Verdict } from '../../core/types';
import { langTag } from '../../core/lang';
import { messagesFor } from '../../scripts/locale-messages';

export function bannerAuditHtml(verdict: Verdict, lang: Lang, opts: { question?: boolean; dark?: boolean; expanded?: boolean } = {}): string {
  const win = new Window();
  const doc = win.document as unknown as Document;
  const host = doc.createElement('id-guard-banner');
  const root = host.attachShadow({ mode: 'open' });
  // The real banner's top-layer <dialog>, here open in flow (a declarative shadow root cannot show a popover).
  const layer = doc.createElement('dialog');
  layer.className = 'layer';
  layer.setAttribute('open', '');
  root.append(layer);
  const { bar } = renderBanner(layer, verdict, messagesFor(lang), () => {});
  if (opts.expanded) setExpanded(bar, true);
  if (opts.question) renderQuestion(bar, verdict, messagesFor(lang), 'file', () => {});
  const html = root.innerHTML;
  void win.happyDOM.close();
  const htmlLang = langTag(lang);
  const bg = opts.dark ? 'background:#111;color:#eee' : '';
  return `<!doctype html><html lang="${htmlLang}"><head><meta charset="utf-8"><title>banner audit</title></head>
<body style="${bg}"><main><h1>Page under the banner</h1><p>Some page text.</p></main>
<id-guard-banner data-level="${verdict.level}" style="${HOST_STYLE}"><template shadowrootmode="open">${html}</template></id-guard-banner>
</body></html>`;
}

/** The axe-core source to inject into a page. */
export async function axeSource(): Promise<string> {
  const { createRequire } = await import('node:module');
  const { readFileSync } = await import('node:fs');
  return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}

/** Runs in the page after axe is injected: serious and critical violations, as "rule: target" strings. */
export const RUN_AXE = `(async () => {
  const r = await axe.run(document, { resultTypes: ['violations'] });
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(' | '));
})()`;

/**
 * Runs in the page: what the page itself sees of the warning, from document.elementFromPoint down the middle
 * column (the shadow root is closed, so a hit inside the banner is the host): its top, its height, and whether
 * the host is what is at its centre. Null when there is no banner; height 0 when it is nowhere to be seen.
 */
export const SEEN_BANNER = `(() => {
  const host = document.querySelector('id-guard-banner');
  if (!host) return null;
  const x = innerWidth / 2;
  let top = -1, bottom = -1;
  for (let y = 1; y < innerHeight; y += 2) if (document.elementFromPoint(x, y) === host) { if (top < 0) top = y; bottom = y; }
  if (top < 0) return { top: -1, height: 0, onTop: false };
  return { top: top - 1, height: bottom - top + 2, onTop: document.elementFromPoint(x, (top + bottom) / 2) === host };
})()`;
export interface SeenBanner {
  top: number;
  height: number;
  onTop: boolean;
}

// ------------------------------------------------------------------ the real banner's closed root, from the test side

const BANNER_TAG = 'id-guard-banner';

/** The banner's CLOSED shadow root, reached through the DevTools protocol (which pierces closed roots; the page cannot). */
export async function chromiumShadow(page: Page): Promise<{ cdp: CDPSession; eval: <T>(fn: string) => Promise<T> }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type N = { localName?: string; children?: N[]; shadowRoots?: N[]; backendNodeId: number };
  const find = (n: N): N | undefined =>
    n.localName === BANNER_TAG ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean);
  const host = find(root as N);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error('no banner shadow root');
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  return {
    cdp,
    eval: async <T>(fn: string) => {
      const r = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
      return r.result.value as T;
    },
  };
}

/** Runs `fn` (a function's source) on the banner's shadow root as it is now, found afresh each time. */
export async function inChromiumBanner<T>(page: Page, fn: string): Promise<T> {
  const shadow = await chromiumShadow(page);
  try {
    return await shadow.eval<T>(fn);
  } finally {
    await shadow.cdp.detach().catch(() => {});
  }
}

/**
 * Firefox: runs `fn` on the banner's closed shadow root through WebDriver BiDi, whose node values carry an
 * element's shadow root whatever its mode (the page's own scripts still get null). `fn` returns a primitive
 * (a JSON string for more).
 */
export async function inFirefoxBanner<T extends string | number | boolean | null>(page: PuppeteerPage, fn: string): Promise<T> {
  const host = await page.$(BANNER_TAG);
  if (!host) throw new Error('no banner');
  try {
    // Puppeteer's BiDi handles keep the protocol's node value; the connection is the browser's BiDi session.
    const node = (host as unknown as { remoteValue(): { value?: { shadowRoot?: { sharedId?: string } } } }).remoteValue();
    const sharedId = node.value?.shadowRoot?.sharedId;
    if (!sharedId) throw new Error('no banner shadow root');
    const connection = (page.browser() as unknown as { connection: { send(method: string, params: object): Promise<any> } }).connection;
    const r = await connection.send('script.callFunction', {
      functionDeclaration: fn,
      this: { sharedId },
      target: { context: (page.mainFrame() as unknown as { _id: string })._id },
      awaitPromise: true,
    });
    if (r.result.type !== 'success') throw new Error(`banner script failed: ${JSON.stringify(r.result.exceptionDetails?.text ?? r.result)}`);
    return (r.result.result.value ?? null) as T;
  } finally {
    await host.dispose();
  }
}
