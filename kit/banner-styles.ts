// Styles of the banner. Everything lives in the closed shadow root, in px (rem/em would follow the page's root
// font size), with the host reset by `:host{all:initial !important}` and placed by an inline !important style.

/** The largest z-index browsers accept (signed 32-bit); pages that use it too tie, and we come later in the DOM. */
const Z_TOP = 2147483647;

/** Where and how the host sits: fixed at the top, above everything, never hidden or transformed. */
const HOST_DECLS = [
  'display:block',
  'position:fixed',
  'top:0',
  'left:0',
  'right:0',
  'width:auto',
  'height:auto',
  'margin:0',
  'padding:0',
  'border:0',
  'transform:none',
  'opacity:1',
  'visibility:visible',
  'clip-path:none',
  'filter:none',
  'pointer-events:auto',
  `z-index:${Z_TOP}`,
].map((d) => `${d} !important`);

/**
 * Inline style on the host: author stylesheets cannot beat inline !important declarations, and the host guard
 * re-asserts it. No `all:initial` here: inline !important text spacing (line-height, letter-spacing) would stop
 * people's own text-spacing overrides (WCAG 1.4.12; axe "avoid-inline-spacing"). The reset lives in the shadow
 * root's `:host` rule instead, where !important beats the page's !important (CSS Scoping: for important
 * declarations the shadow context wins over the outer one, style attribute included).
 */
export const HOST_STYLE = HOST_DECLS.join(';');

// Colours (WCAG AA, measured with axe in tests/e2e/banner.e2e.ts): text #1f2937 on #fffbeb/#fef2f2 is > 12:1;
// white on #b45309 (amber) is 5.0:1, white on #b91c1c (red) is 6.5:1, links #1d4ed8 on the tints > 6:1.
export const SHADOW_CSS = `
:host{all:initial !important;${HOST_DECLS.join(';')}}
*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
/* The top-layer element (a <dialog> shown as a manual popover, or modal over a page's own modal): a fixed strip at
   the top (or the bottom, .bottom, when the page's focused field is under it), nothing of the UA's dialog look. */
.layer{position:fixed;inset:0 0 auto 0;display:block;margin:0;padding:0;border:0;width:auto;max-width:none;height:auto;
max-height:none;overflow:visible;background:transparent;color:inherit;z-index:${Z_TOP}}
.layer.bottom{inset:auto 0 0 0}
.layer::backdrop{background:transparent}
.bar{--c:#b45309;--tint:#fffbeb;background:var(--tint);color:#1f2937;border-top:6px solid var(--c);border-bottom:2px solid var(--c);
box-shadow:0 4px 16px rgba(0,0,0,.35);font-size:15px;line-height:22px;padding:12px 16px;max-height:70vh;overflow:auto;text-align:left}
.bar.danger{--c:#b91c1c;--tint:#fef2f2}
h2{margin:0 0 6px;font-size:18px;line-height:24px;font-weight:700;color:var(--c)}
.mark{display:inline-block;min-width:24px;padding:0 6px;margin-right:8px;border-radius:4px;background:var(--c);color:#fff;text-align:center}
p,ul{margin:4px 0}
ul{padding-left:20px}
li{margin:2px 0}
b{font-weight:700}
a{color:#1d4ed8;text-decoration:underline;font-weight:600}
.row{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}
button{font-size:15px;line-height:20px;padding:8px 14px;border-radius:6px;border:2px solid var(--c);background:#fff;color:#1f2937;cursor:pointer;font-weight:600}
button.primary{background:var(--c);color:#fff}
a:focus-visible,button:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.ask{margin-top:10px;padding:12px;border:3px solid var(--c);border-radius:8px;background:#fff}
.ask h3{margin:0 0 4px;font-size:17px;line-height:24px;color:#1f2937}
.note{margin-top:8px;font-weight:600}
/* The caution bar: one line (≤ 96 px; 54 px with these sizes), the full content only when expanded. */
.compact{border-top-width:4px;padding:8px 12px}
.line{display:flex;align-items:center;gap:10px;white-space:nowrap;min-height:32px}
.line .mark{margin-right:0}
.level{color:var(--c)}
.reason{flex:1 1 auto;min-width:0;overflow:hidden;text-overflow:ellipsis}
.line a{flex:0 1 auto;min-width:0;max-width:35%;overflow:hidden;text-overflow:ellipsis}
.line a:focus-visible{outline-offset:-3px}
.line button{flex:none;padding:4px 10px}
button[aria-expanded]::after{content:" \\25BE"}
button[aria-expanded="true"]::after{content:" \\25B4"}
.more{margin-top:8px;padding-top:8px;border-top:1px solid var(--c)}
`;
