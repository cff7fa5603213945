// DOM reads that a hostile page cannot break. A page may replace Element.prototype.querySelectorAll, the
// textContent getter and friends with functions that throw or lie; we capture the browser's own methods when
// this module loads (before the page can touch the content script's world) and call those. Where a realm has
// no such globals (Node with linkedom), we fall back to the object's own methods.
import { CODE_CHARS, CODE_TAGS } from './code-text';
type Fn = (...args: unknown[]) => unknown;

const apply = Reflect.apply;
const G = globalThis as unknown as Record<string, { prototype: object } | undefined>;

function method(cls: string, name: string): Fn | undefined {
  try {
    const v = (G[cls]?.prototype as Record<string, unknown> | undefined)?.[name];
    return typeof v === 'function' ? (v as Fn) : undefined;
  } catch {
    return undefined;
  }
}

function getter(cls: string, name: string): Fn | undefined {
  try {
    let proto = G[cls]?.prototype;
    while (proto) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (d) return d.get as Fn | undefined;
      proto = Object.getPrototypeOf(proto);
    }
  } catch {
    /* no such class in this realm */
  }
  return undefined;
}

const pristine = {
  docQsa: method('Document', 'querySelectorAll'),
  elQsa: method('Element', 'querySelectorAll'),
  fragQsa: method('DocumentFragment', 'querySelectorAll'),
  docQs: method('Document', 'querySelector'),
  elQs: method('Element', 'querySelector'),
  fragQs: method('DocumentFragment', 'querySelector'),
  getAttribute: method('Element', 'getAttribute'),
  closest: method('Element', 'closest'),
  data: getter('CharacterData', 'data'),
  parentElement: getter('Node', 'parentElement'),
  parentNode: getter('Node', 'parentNode'),
  prevSibling: getter('Element', 'previousElementSibling'),
  shadowRoot: getter('Element', 'shadowRoot'),
  contentDocument: getter('HTMLIFrameElement', 'contentDocument'),
  docByTag: method('Document', 'getElementsByTagName'),
  elByTag: method('Element', 'getElementsByTagName'),
  createTreeWalker: method('Document', 'createTreeWalker'),
  nextNode: method('TreeWalker', 'nextNode'),
  evaluate: method('Document', 'evaluate'),
  snapshotItem: method('XPathResult', 'snapshotItem'),
  snapshotLength: getter('XPathResult', 'snapshotLength'),
};

type Root = Document | ShadowRoot | Element;

function call<T>(fn: Fn | undefined, self: object, name: string, args: unknown[] = []): T {
  // Realm check: a linkedom node is not an instance of the browser's classes, so use its own method.
  if (fn) {
    try {
      return apply(fn, self, args) as T;
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
    }
  }
  const own = (self as Record<string, unknown>)[name];
  return (typeof own === 'function' ? apply(own as Fn, self, args) : own) as T;
}

function qsaFn(root: Root): Fn | undefined {
  return root.nodeType === 9 ? pristine.docQsa : root.nodeType === 11 ? pristine.fragQsa : pristine.elQsa;
}

/**
 * The elements matching `selector`, at most `max`: only those become objects in our world (each costs a few µs in a
 * content script's fresh world; 2,000 product images cost ~4 ms more than the 300 we read).
 */
export function qsa(root: Root, selector: string, max = Infinity): Element[] {
  const list = call<ArrayLike<Element>>(qsaFn(root), root, 'querySelectorAll', [selector]);
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
  return call<HTMLCollectionOf<Element>>(root.nodeType === 9 ? pristine.docByTag : pristine.elByTag, root, 'getElementsByTagName', [tag]);
}

/** The first `max` `tag` elements under a document or element, read from the live collection as far as needed. */
export function firstByTag(root: Document | Element, tag: string, max: number): Element[] {
  const list = byTag(root, tag);
  const out: Element[] = [];
  for (let i = 0; i < max; i++) {
    const el = list[i];
    if (!el) break;
    out.push(el);
  }
  return out;
}

export function qs(root: Root, selector: string): Element | null {
  const fn = root.nodeType === 9 ? pristine.docQs : root.nodeType === 11 ? pristine.fragQs : pristine.elQs;
  return call<Element | null>(fn, root, 'querySelector', [selector]);
}

export function attr(el: Element, name: string): string | null {
  return call<string | null>(pristine.getAttribute, el, 'getAttribute', [name]);
}

export function closest(el: Element, selector: string): Element | null {
  return call<Element | null>(pristine.closest, el, 'closest', [selector]);
}

/** A text node's text (CharacterData.data: happy-dom's Node.textContent getter answers '' for text nodes). */
function nodeText(node: Node): string {
  return call<string | null>(pristine.data, node, 'data') ?? '';
}

/**
 * The first `max` characters of an element's text. Walks text nodes and stops early, because textContent on
 * an ancestor such as <body> would build the whole page's text first.
 */
export function text(node: Node, max: number): string {
  if (node.nodeType === 3) return nodeText(node).slice(0, max);
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  if (!doc) return '';
  let out = '';
  for (const t of textNodes(doc, node)) {
    out += nodeText(t);
    if (out.length >= max) return out.slice(0, max);
    out += ' ';
  }
  return out;
}

export function parent(node: Node): Element | null {
  return call<Element | null>(pristine.parentElement, node, 'parentElement');
}

export function parentNode(node: Node): Node | null {
  return call<Node | null>(pristine.parentNode, node, 'parentNode');
}

export function prevSibling(el: Element): Element | null {
  return call<Element | null>(pristine.prevSibling, el, 'previousElementSibling');
}

export function shadowRootOf(el: Element): ShadowRoot | null {
  return call<ShadowRoot | null>(pristine.shadowRoot, el, 'shadowRoot') ?? null;
}

/** The document of a same-origin (or srcdoc / about:blank) frame; null for cross-origin frames. */
export function frameDocument(el: Element): Document | null {
  try {
    return call<Document | null>(pristine.contentDocument, el, 'contentDocument') ?? null;
  } catch {
    return null; // cross-origin access throws in some engines
  }
}

/** XPath: elements whose name has a hyphen, which every custom element's name must have. */
const CUSTOM_ELEMENTS_XPATH = ".//*[contains(name(), '-')]";
/** Document order is not needed; name() measured faster than local-name() (5.3 vs 7.1 ms on 20k elements). */
const UNORDERED_NODE_SNAPSHOT_TYPE = 6;

/**
 * The first `max` custom elements under `root`, in no set order. XPath walks the tree natively, so only the
 * matches become objects in our world: on a 20k-element page, touching every element to ask for its shadow root
 * cost ~45 ms (CPU profile), most of it building one wrapper per element. Null where the realm has no XPath
 * (happy-dom and linkedom in Node); the caller then probes element by element.
 */
export function customElementsUnder(doc: Document, root: Node, max: number): Element[] | null {
  const evaluate = pristine.evaluate ?? (doc as unknown as Record<string, unknown>).evaluate;
  if (typeof evaluate !== 'function') return null;
  const result = call<XPathResult>(pristine.evaluate, doc, 'evaluate', [CUSTOM_ELEMENTS_XPATH, root, null, UNORDERED_NODE_SNAPSHOT_TYPE, null]);
  const n = Math.min(call<number>(pristine.snapshotLength, result, 'snapshotLength'), max);
  const out: Element[] = [];
  for (let i = 0; i < n; i++) out.push(call<Element>(pristine.snapshotItem, result, 'snapshotItem', [i]));
  return out;
}

/**
 * Iterates the text nodes under `root` (an element, a document or a shadow root), without the text of scripts and
 * styles. A node is asked for its parent only when its text could be code (code-text.ts CODE_CHARS).
 */
export function* textNodes(doc: Document, root: Node): Generator<Text> {
  const walker = call<TreeWalker>(pristine.createTreeWalker, doc, 'createTreeWalker', [root, 4 /* SHOW_TEXT */]);
  for (;;) {
    const n = call<Node | null>(pristine.nextNode, walker, 'nextNode');
    if (!n) return;
    if (CODE_CHARS.test(nodeText(n)) && CODE_TAGS.has(parentNode(n)?.nodeName ?? '')) continue;
    yield n as Text;
  }
}
