// The one DOM reader of both passes: the first pass on every page (quick-check.ts, sensor.js) and the full scan
// (kit/page-scan.ts, page-kit.js). Plain DOM calls. A page cannot replace them for us: a content script runs in
// its own world (Chrome's isolated world, Firefox's Xray views), where the page's changes to
// Element.prototype and friends are not seen. The captured-method defence this file had (one Reflect.apply and a
// try/catch per read) guarded against a threat that world rules out, and cost the first pass too much to use there
// (see README "How a request is recognised" for the measurement). A page that makes a read throw anyway (a getter on its own
// element) costs itself a step: each pass catches, counts and goes on.
import { CODE_CHARS, CODE_TAGS } from './code-text';

type Root = Document | ShadowRoot | Element;

/**
 * The elements matching `selector`, at most `max`: only those become objects in our world, where each one costs its
 * own wrapper (docs/performance.md).
 */
export function qsa(root: Root, selector: string, max = Infinity): Element[] {
  const list = root.querySelectorAll(selector);
  if (max === Infinity) return Array.from(list);
  const out: Element[] = [];
  for (let i = 0; i < max; i++) {
    const el = list[i];
    if (!el) break;
    out.push(el);
  }
  return out;
}

/**
 * A live collection of `tag` elements under a document or element (not a shadow root: it has no such method).
 * Walked lazily, so reading its first few items is cheap where querySelectorAll would first list every match.
 */
export function byTag(root: Document | Element, tag: string): HTMLCollectionOf<Element> {
  return root.getElementsByTagName(tag);
}

/**
 * The first `max` elements with these tag names. A live collection is walked only as far as we read it (indexing
 * until undefined, never reading .length, which counts every match in the page), where querySelectorAll builds the
 * whole list first (on a big shop page, a large part of its budget; docs/performance.md). Shadow roots have no
 * getElementsByTagName: they are small, so querySelectorAll is fine there.
 */
export function firstByTag(root: Root, tags: string | string[], max: number): Element[] {
  const names = typeof tags === 'string' ? [tags] : tags;
  if (root.nodeType === 11) return qsa(root, names.join(','), max);
  const out: Element[] = [];
  for (const tag of names) {
    const list = (root as Document | Element).getElementsByTagName(tag);
    for (let i = 0; out.length < max; i++) {
      const el = list[i];
      if (!el) break;
      out.push(el);
    }
  }
  return out;
}

export function qs(root: Root, selector: string): Element | null {
  return root.querySelector(selector);
}

export function attr(el: Element, name: string): string | null {
  return el.getAttribute(name);
}

export function closest(el: Element, selector: string): Element | null {
  return el.closest(selector);
}

/**
 * The first `max` characters of a node's text, walking text nodes and stopping early, without the text of scripts
 * and styles. Not textContent, not a Range: textContent on <body> builds the whole page's text, and a Range ended
 * at the body's 400th element cost more still; this walk was the cheapest of the three (docs/performance.md).
 */
export function text(node: Node, max: number): string {
  if (node.nodeType === 3) return (node as Text).data.slice(0, max);
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  if (!doc) return '';
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (CODE_CHARS.test(data) && CODE_TAGS.has(n.parentNode?.nodeName ?? '')) continue;
    out += data;
    if (out.length >= max) return out.slice(0, max);
    out += ' ';
  }
  return out;
}

export function parent(node: Node): Element | null {
  return node.parentElement;
}

export function prevSibling(el: Element): Element | null {
  return el.previousElementSibling;
}

/**
 * The text written just before `el` among its own siblings, up to the element before it ("身份证人像面" in
 * `<div>身份证人像面<input type=file></div>`): the label a person reads next to a field that has no <label>.
 */
export function textBefore(el: Element, max: number): string {
  let out = '';
  for (let n = el.previousSibling; n && n.nodeType !== 1 && out.length < max; n = n.previousSibling) {
    if (n.nodeType === 3) out = (n as Text).data + out;
  }
  return out.trim().slice(-max);
}

export function shadowRootOf(el: Element): ShadowRoot | null {
  return el.shadowRoot ?? null;
}

/** The document of a same-origin (or srcdoc / about:blank) frame; null for cross-origin frames. */
export function frameDocument(el: Element): Document | null {
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // cross-origin access throws in some engines
  }
}

/** XPath: elements whose name has a hyphen, which every custom element's name must have. */
const CUSTOM_ELEMENTS_XPATH = ".//*[contains(name(), '-')]";
/** Document order is not needed (and name() was faster than local-name(); docs/performance.md). */
const UNORDERED_NODE_SNAPSHOT_TYPE = 6;

/**
 * The first `max` custom elements under `root`, in no set order. XPath walks the tree natively, so only the
 * matches become objects in our world: touching every element of a big page to ask for its shadow root costs one
 * wrapper per element, far past the scan's budget (docs/performance.md). Null where the realm has no XPath
 * (happy-dom and linkedom in Node); the caller then probes element by element.
 */
export function customElementsUnder(doc: Document, root: Node, max: number): Element[] | null {
  if (typeof doc.evaluate !== 'function') return null;
  const result = doc.evaluate(CUSTOM_ELEMENTS_XPATH, root, null, UNORDERED_NODE_SNAPSHOT_TYPE, null);
  const n = Math.min(result.snapshotLength, max);
  const out: Element[] = [];
  for (let i = 0; i < n; i++) out.push(result.snapshotItem(i) as Element);
  return out;
}

/**
 * Iterates the text nodes under `root` (an element, a document or a shadow root), without the text of scripts and
 * styles. A node is asked for its parent only when its text could be code (code-text.ts CODE_CHARS).
 */
export function* textNodes(doc: Document, root: Node): Generator<Text> {
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (CODE_CHARS.test((n as Text).data) && CODE_TAGS.has(n.parentNode?.nodeName ?? '')) continue;
    yield n as Text;
  }
}
