// A test page holding a copy of the banner, rendered by the banner's own module (kit/banner-view.ts)
// into an OPEN declarative shadow root, so axe-core can audit it. The real banner's root is closed (the page must
// not read or change it), which also keeps axe out; this copy is the same DOM and CSS.
import { Window } from 'happy-dom';
import { HOST_STYLE } from '../../kit/banner-styles';
import { renderBanner, renderQuestion, setExpanded } from '../../kit/banner-view';
import type { Lang, Verdict } from '../../core/types';

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
  const { bar } = renderBanner(layer, verdict, lang, () => {});
  if (opts.expanded) setExpanded(bar, true);
  if (opts.question) renderQuestion(bar, verdict, lang, 'file', () => {});
  const html = root.innerHTML;
  void win.happyDOM.close();
  const htmlLang = lang.replace('_', '-');
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
