// DOM reads that a hostile page cannot break. A page may replace Element.prototype.querySelectorAll, the
// textContent getter and friends with functions that throw or lie; we capture the browser's own methods when
// this module loads (before the page can touch the content script's world) and call those. Where a realm has
// no such globals (Node with linkedom), we fall back to the object's own methods.
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

export function qsa(root: Root, selector: string): Element[] {
  return Array.from(call<ArrayLike<Element>>(qsaFn(root), root, 'querySelectorAll', [selector]));
}

/**
 * A live collection of `tag` elements under a document or element (not a shadow root: it has no such method).
 * Walked lazily, so reading its first few items is cheap where querySelectorAll would first list every match.
 */
export function byTag(root: Document | Element, tag: string): HTMLCollectionOf<Element> {
  return call<HTMLCollectionOf<Element>>(root.nodeType === 9 ? pristine.docByTag : pristine.elByTag, root, 'getElementsByTagName', [tag]);
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

/** Iterates the text nodes under `root`, skipping script/style/template contents. */
export function* textNodes(doc: Document, root: Node): Generator<Text> {
  const walker = call<TreeWalker>(pristine.createTreeWalker, doc, 'createTreeWalker', [root, 4 /* SHOW_TEXT */]);
  for (;;) {
    const n = call<Node | null>(pristine.nextNode, walker, 'nextNode');
    if (!n) return;
    const p = parentNode(n);
    const tag = (p as Element | null)?.nodeName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    yield n as Text;
  }
}
