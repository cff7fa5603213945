// The cheap first pass that runs on every page: a look at the page's first inputs for ID-ish controls and a bounded
// look at the title, the head of the page text and a form's labels. Only a hint sends the page to the full scan.
//
// It reads the page with the full scan's DOM reader (dom-read.ts) and tests inputs with the same ID-input rule
// (id-input.ts). A page that makes a read throw costs it a hint: the sensor catches and counts it, and the observer
// keeps watching.
import { CODE_TAGS } from './code-text';
import { firstByTag, frameDocument, text as firstText } from './dom-read';
import { hasHintWords } from './hint-words';
import { idInputKind } from './id-input';

/** Characters of body text the first pass reads (with the title and labels, in the same text test). */
const QUICK_TEXT_CHARS = 4_000;
/** Characters of added nodes' text read per re-check. */
const ADDED_TEXT_CHARS = 8_000;
/**
 * Pages at most this big are probed for open shadow roots: a whole-app-in-shadow page has a tiny light DOM (a few
 * dozen elements in a web-component shell), and probing an ordinary article's every element cost a quiet page more
 * than its budget (docs/performance.md). Bigger pages are still covered by the observer and the full scan.
 */
const SHADOW_PROBE_ELEMENTS = 300;
/** Same-origin frames the first pass looks into. */
const QUICK_FRAMES = 5;

/** File inputs: the plainest cue, and the one a long form is still searched for past its first inputs. */
const FILE_INPUT = 'input[type="file" i]';

/** Inputs tested per root (forms with more are not ID kits' first steps; the observer and full scan remain). */
const QUICK_INPUTS = 300;

/** True when a root holds an input that is an ID cue on its own. */
function hasCueInput(root: Document | ShadowRoot | Element): boolean {
  if (root.nodeType === 1 && matchesQuick(root as Element)) return true;
  // Tested as they are read: collecting all of them first walked the whole page even when the first one matched.
  const inputs = root.nodeType === 11 ? root.querySelectorAll('input') : (root as Document | Element).getElementsByTagName('input');
  let i = 0;
  for (let el = inputs[0]; el && i < QUICK_INPUTS; el = inputs[++i]) if (matchesQuick(el)) return true;
  // A long form: past the inputs tested one by one, file inputs (the plainest cue) by one native query.
  return i === QUICK_INPUTS && !!inputs[i] && root.querySelector(FILE_INPUT) !== null;
}

/** Placeholders and aria-labels under a root: words that are not text nodes. */
function labelWords(root: ParentNode): string {
  let s = '';
  for (const el of Array.from(root.querySelectorAll('[placeholder],[aria-label]')).slice(0, 20)) {
    s += ` ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  }
  return s;
}

/**
 * False when a document certainly has no frames: its window counts its child frames (every iframe in the document
 * has one, loaded or not), so most pages skip the walk of the whole document that looking up iframes costs.
 */
export function hasFrames(doc: Document): boolean {
  return doc.nodeType !== 9 || doc.defaultView?.length !== 0;
}

/** The labels and legends read on a page with inputs (first QUICK_LABELS): a form's words, wherever it is. */
const LABEL_TAGS = ['label', 'legend'];
const QUICK_LABELS = 30;

/** The first pass over a whole document (and its small shadow roots and same-origin frames). */
export function quickCheck(doc: Document): boolean {
  const inputs = firstByTag(doc, ['input'], 1);
  if (inputs.length && hasCueInput(doc)) return true;
  // One text test: the title, the head of the page's text, and on a page with inputs its labels. No heading
  // query: a query for a tag the page lacks walks all of it, a large part of a big quiet page's budget.
  const text = doc.body ? firstText(doc.body, QUICK_TEXT_CHARS) : '';
  let s = `${doc.title ?? ''} \n ${text}`;
  if (inputs.length) for (const l of firstByTag(doc, LABEL_TAGS, QUICK_LABELS)) s += ` \n ${(l.textContent ?? '').slice(0, 120)}`;
  if (hasHintWords(s)) return true;
  for (const frame of hasFrames(doc) ? firstByTag(doc, ['iframe'], QUICK_FRAMES) : []) {
    const fd = frameDocument(frame);
    if (fd && fd !== doc && fd.body && quickCheck(fd)) return true;
  }
  // A page whose content lives in shadow roots shows little text of its own: only such a page is probed (even
  // asking a big page for its 300th element builds a walk of that many; docs/performance.md).
  if (text.length >= QUICK_TEXT_CHARS) return false;
  const all = doc.getElementsByTagName('*');
  // all[N] walks N+1 elements; all.length would count the whole page first.
  if (!all[SHADOW_PROBE_ELEMENTS]) {
    for (let i = 0, el = all[0]; el; el = all[++i]) {
      const sr = el.shadowRoot;
      if (sr && quickCheckRoot(sr)) return true;
    }
  }
  return false;
}

/** The first pass over a shadow root or an added subtree. */
function quickCheckRoot(root: ShadowRoot | Element): boolean {
  if (hasCueInput(root)) return true;
  return hasHintWords(firstText(root, QUICK_TEXT_CHARS) + labelWords(root));
}

/**
 * The first pass over nodes added since the last check, as the observer's records list them: their text together
 * in one text test (per 4,000 characters, not per node: a feed appends hundreds), and inputs by one look at the
 * document's inputs at the end, not one query per added element (a feed's 4,000 queries cost more than the rest
 * of the re-check). An element's text is its textContent, one native call. `frame` gets every added iframe read (the
 * sensor watches frames). Each element's name is read once: a feed adds hundreds, and every DOM read costs a
 * call into the page's world (docs/performance.md).
 */
export function quickCheckAdded(added: ArrayLike<Node>[], doc: Document, frame?: (el: Element) => void): boolean {
  let s = '';
  let read = 0;
  // Set once an element was added (or nodes were left unread): then the document's inputs are looked at.
  let checkInputs = false;
  lists: for (const list of added) {
    for (let i = 0; i < list.length; i++) {
      if (read >= ADDED_TEXT_CHARS) {
        checkInputs = true;
        break lists;
      }
      const n = list[i];
      if (n.nodeType === 3) s += `${(n as Text).data.slice(0, QUICK_TEXT_CHARS)} `;
      else if (n.nodeType === 1) {
        const el = n as Element;
        const name = el.nodeName;
        checkInputs = true;
        if (name === 'IFRAME') frame?.(el);
        // The ID-input rule answers only for <input>s.
        if (name === 'INPUT' && matchesQuick(el)) return true;
        // A web component rendered late: its open shadow root is there by the time we look.
        const sr = el.shadowRoot;
        if (sr && quickCheckRoot(sr)) return true;
        if (!CODE_TAGS.has(name)) s += `${(el.textContent ?? '').slice(0, QUICK_TEXT_CHARS)} ${el.getAttribute('aria-label') ?? ''} `;
      }
      if (s.length >= QUICK_TEXT_CHARS) {
        if (hasHintWords(s)) return true;
        read += s.length;
        s = '';
      }
    }
  }
  if (hasHintWords(s)) return true;
  return checkInputs && hasCueInput(doc);
}

/** The ID-input rule (id-input.ts): a file input or an ID-number field by its attributes. */
function matchesQuick(el: Element): boolean {
  try {
    return idInputKind(el) !== null;
  } catch {
    return false;
  }
}
