// The cheap first pass that runs on every page: one native selector query for ID-ish controls and a bounded
// look at the title, headings and the head of the page text. Only a hint sends the page to the full scan.
import { normalise } from './cue-words';
import { hasHintWords } from './hint-words';
import { attr, byTag, frameDocument, qsa, shadowRootOf, text, textNodes } from './dom-safe';

/** Characters of body text the first pass reads; the title and headings come first and are read apart. */
export const QUICK_TEXT_CHARS = 4_000;
/** Heading-like elements read on the first pass (first N in document order). */
const QUICK_HEADINGS = 30;
/**
 * Pages at most this big are probed for open shadow roots: a whole-app-in-shadow page has a tiny light DOM (the
 * e2e shadow page has 7 elements; typical web-component shells a few dozen). At 3,000 the probe cost ~3 ms on a
 * 1k-element article with nothing in shadow roots. Bigger pages are still covered by the observer and the full scan.
 */
export const SHADOW_PROBE_ELEMENTS = 300;
/** Same-origin frames the first pass looks into. */
const QUICK_FRAMES = 5;

/**
 * Inputs that are ID cues on their own: file inputs and fields named like ID numbers. Every selector here is an
 * `input[...]` and the first pass only tests it on the page's inputs: one long selector list run over a whole
 * 20k-element page cost ~35 ms in Chromium (each element is tested against every selector). Drop zones and
 * off-platform links are not tested here: a kit's drop zone says what to drop ("drag your ID here") and a
 * real-name offer names the service (代实名, 实名卡), so the text test below sees those pages, and the full scan
 * then finds the zone or the link.
 */
export const QUICK_INPUT_SELECTOR = [
  'input[type="file" i]',
  ...['idcard', 'id_card', 'id-card', 'idno', 'id_no', 'idnumber', 'id_number', 'ssn', 'passport', 'nik', 'ktp', 'cpf', 'dni', 'aadhaar', 'aadhar', 'hkid', 'sfz', 'shenfen', 'cccd', 'cmnd'].map(
    (w) => `input[name*="${w}" i],input[id*="${w}" i]`,
  ),
  ...['身份证', '身分證', '身份證', '证件号', '護照', '护照', '주민등록', 'マイナンバー', 'passport', 'social security', 'id number'].map((w) => `input[placeholder*="${w}" i]`),
  'input[minlength="15"][maxlength="18"]',
  'input[minlength="18"][maxlength="18"]',
  'input[pattern*="{17}"]',
].join(',');
/** Inputs tested per root (forms with more are not ID kits' first steps; the observer and full scan remain). */
const QUICK_INPUTS = 300;

/** True when a root holds an input that is an ID cue on its own. */
function hasCueInput(root: Document | ShadowRoot | Element): boolean {
  if (root.nodeType === 1 && root.nodeName === 'INPUT' && matchesQuick(root as Element)) return true;
  return firstByTag(root, ['input'], QUICK_INPUTS).some(matchesQuick);
}

/**
 * The first `n` elements with these tag names. getElementsByTagName's live collection is walked only as far as we
 * read it, where querySelectorAll builds the whole list first (on a 20k-element shop page with 2,000 buttons that
 * alone cost ~7 ms). Shadow roots have no getElementsByTagName: they are small, so querySelectorAll is fine there.
 */
function firstByTag(root: Document | ShadowRoot | Element, tags: string[], n: number): Element[] {
  if (root.nodeType === 11) return qsa(root, tags.join(',')).slice(0, n);
  const out: Element[] = [];
  for (const tag of tags) {
    const list = byTag(root as Document | Element, tag);
    // Indexing until undefined, never reading .length: length makes the collection count every match in the page.
    for (let i = 0; out.length < n; i++) {
      const el = list[i];
      if (!el) break;
      out.push(el);
    }
  }
  return out;
}

/** True when a text holds a hint word (ID document, real-name offer) or an off-platform contact handle. */
export function textHint(s: string): boolean {
  return hasHintWords(normalise(s));
}

/** The first pass over a whole document (and its small shadow roots and same-origin frames). */
export function quickCheck(doc: Document): boolean {
  if (hasCueInput(doc)) return true;
  const parts: string[] = [doc.title ?? ''];
  for (const h of firstByTag(doc, ['h1', 'h2', 'h3', 'h4', 'legend', 'label', 'button'], QUICK_HEADINGS)) parts.push(text(h, 120));
  if (textHint(parts.join(' \n '))) return true;
  if (doc.body && textHint(text(doc.body, QUICK_TEXT_CHARS))) return true;
  for (const frame of firstByTag(doc, ['iframe'], QUICK_FRAMES)) {
    const fd = frameDocument(frame);
    if (fd && fd !== doc && fd.body && quickCheck(fd)) return true;
  }
  const all = byTag(doc, '*');
  // all[N] walks N+1 elements; all.length would count the whole page first.
  if (!all[SHADOW_PROBE_ELEMENTS]) {
    for (let i = 0, el = all[0]; el; el = all[++i]) {
      const sr = shadowRootOf(el);
      if (sr && quickCheckRoot(sr)) return true;
    }
  }
  return false;
}

/** The first pass over a shadow root or an added subtree. */
export function quickCheckRoot(root: ShadowRoot | Element): boolean {
  if (hasCueInput(root)) return true;
  const doc = root.ownerDocument;
  if (!doc) return false;
  let s = '';
  for (const t of textNodes(doc, root)) {
    s += text(t, QUICK_TEXT_CHARS) + ' ';
    if (s.length > QUICK_TEXT_CHARS) break;
  }
  for (const el of qsa(root, '[placeholder],[aria-label]').slice(0, 20)) s += ` ${attr(el, 'placeholder') ?? ''} ${attr(el, 'aria-label') ?? ''}`;
  return textHint(s);
}

function matchesQuick(el: Element): boolean {
  try {
    return el.matches(QUICK_INPUT_SELECTOR);
  } catch {
    return false;
  }
}
