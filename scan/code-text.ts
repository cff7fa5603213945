// Which text nodes are code, not page text: shared by the first pass (quick-check.ts, sensor.js) and the full
// scan (dom-read.ts, page kit). Kept apart from both so sensor.js takes these two lines and nothing else.

/** Elements whose text is not page text: code, styles, inert templates. */
export const CODE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Only text that could be code or CSS is asked for its parent: both always hold one of these characters, and
 * asking every text node for its parent built an element wrapper per node in our world (docs/performance.md).
 */
export const CODE_CHARS = /[{;=(]/;
