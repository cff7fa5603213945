// The full page scan: every place a page can ask for an identity document, as cues. Pure: it reads the DOM
// it is given (a browser Document, a ShadowRoot, or a linkedom/happy-dom document in Node) and nothing else.
// It runs only after the cheap first pass (quick-check.ts) saw a hint, and stops at a named budget.
import type { Cue, IdDocument, PageSignals } from '../core/types';
import { readCues } from '../core/request-strength';
import { askingText, clauses, findContactHandle, findDocs, firstOf, identifierWords, matchers, normalise, CONTACT_LINK_SELECTOR, type Group } from '../scan/cue-words';
import { attr, byTag, firstByTag, customElementsUnder, frameDocument, parent, prevSibling, qs, qsa, shadowRootOf, text, textBefore, textNodes } from '../scan/dom-read';
import { sanitiseLabel } from '../core/doc-names';
import { idInputKind, TEXT_TYPES } from '../scan/id-input';
import { fieldContext, inFurniture, labelledBy } from './field-context';

/** Limits that keep a hostile page (100k nodes, huge text) from holding the scan. */
export const SCAN_BUDGET = {
  /** Elements asked for an open shadow root, at most. 30k covers big real apps (~5–15k elements). */
  elements: 30_000,
  /**
   * Elements of a document asked one by one for a shadow root (only while the page's answer is still open: see
   * scanPage); past these, only its custom elements are (collectDeepShadowRoots): asking every element of a big
   * page costs more than the rest of the scan. What this leaves out: a built-in element (a div) given a shadow root
   * beyond the first 500 of a big page. Kit pages are small, and web components, the usual shadow hosts, are
   * custom elements.
   */
  shadowProbe: 500,
  /** Characters of page text read for wording. A KYC page's words sit in its first ~10k characters. */
  textChars: 60_000,
  /**
   * Characters read once the page already makes a strong request (an ID upload or ID-number field): past that, text
   * can only add detail (another document named, or a real-name-for-hire offer, which would raise caution to danger
   * but warns either way), and reading and testing text is a large part of a big page's scan. Two chunks: a page's
   * title words and the form's own heading are in them.
   */
  textCharsSettled: 4_000,
  /** Text nodes visited for wording; bounds pages made of many tiny nodes. */
  textNodes: 8_000,
  /**
   * Wall-clock cap. A page's first scan also compiles the word RegExps, several times the cost of the scan itself,
   * so the cap leaves room for that; a hostile page still cannot hold the scan.
   */
  ms: 150,
  /** Same-origin frames followed, and how deep. */
  frames: 10,
  frameDepth: 3,
  /** Controls of one kind examined per root. */
  controls: 200,
};
export type ScanBudget = typeof SCAN_BUDGET;

/** Text is tested in chunks this long: long enough to keep the number of RegExp runs low. */
const CHUNK_CHARS = 2_000;
/** Evidence a person can read is cut to this length (PageSignals contract: ≤ 80). */
const EVIDENCE_CHARS = 80;
/** How far up from a text field we look for the text before it (Chase-style kits nest inputs 4 deep). */
const LABEL_LEVELS = 4;
const BRAND_CHARS = 400;
/** Headings and logos read for the brand. */
const BRAND_ITEMS = 6;
/** Elements with a placeholder, aria-label or button value read for words. */
const LABELLED_ELEMENTS = 250;
/** Image alt texts read for words. */
const ALT_IMAGES = 50;

const FILE_SELECTOR = 'input[type="file" i]';
/**
 * Drop zones announce themselves in class names, ids or inline handlers; text ones are found by the drop words.
 * Four selectors, then DROP_NAME on what they find: every element of the page is tested against each selector, so
 * the nine exact spellings as selectors cost more than the four.
 */
const DROP_SELECTOR = '[class*="drop" i],[id*="drop" i],[data-dropzone],[ondrop]';
const DROP_NAME = /drop[-_]?(?:zone|area)/i;
/** Candidates looked at ("drop" is also in every "dropdown" menu). */
const DROP_CANDIDATES = 200;

export interface ScanOptions {
  /** Cues seen outside the DOM, such as a getUserMedia call reported by the MAIN-world camera watcher. */
  extra?: Cue[];
  /** Clock for the time budget (tests pass a fake one). */
  now?: () => number;
  budget?: Partial<ScanBudget>;
}

type Root = Document | ShadowRoot;

class Scan {
  cues = new Map<string, Cue>();
  errors = 0;
  elements = 0;
  chars = 0;
  nodes = 0;
  frames = 0;
  shadowRoots = new Set<ShadowRoot>();
  brand: string[] = [];
  readonly deadline: number;
  constructor(
    readonly budget: typeof SCAN_BUDGET,
    readonly now: () => number,
  ) {
    this.deadline = now() + budget.ms;
  }
  get outOfTime(): boolean {
    return this.now() > this.deadline;
  }
  /** Field cues whose label itself names their document: the label a reason should quote. */
  private named = new WeakSet<Cue>();
  add(cue: Cue, labelNamesDoc = false): void {
    if (cue.evidence) cue.evidence = cue.evidence.replace(/\s+/g, ' ').trim().slice(0, EVIDENCE_CHARS);
    const key = `${cue.kind}|${cue.doc ?? ''}|${cue.lang ?? ''}|${cue.unrelated ? 1 : 0}`;
    const had = this.cues.get(key);
    // One cue per kind and document; a later field whose label says the document replaces one whose label does not.
    if (!had || (labelNamesDoc && !this.named.has(had))) this.cues.set(key, cue);
    if (labelNamesDoc) this.named.add(cue);
  }
  /** Runs one step; a hostile page's exception is counted and the scan goes on. */
  safely(step: () => void): void {
    try {
      step();
    } catch {
      this.errors++;
    }
  }
}

/** Scans a document (or shadow root) and everything reachable from it. */
export function scanPage(root: Root, opts: ScanOptions = {}): PageSignals {
  const scan = new Scan({ ...SCAN_BUDGET, ...opts.budget }, opts.now ?? (() => performance.now()));
  for (const cue of opts.extra ?? []) scan.add({ ...cue });
  // The page itself first. Its shadow roots and frames are looked into only while the answer is open: once the
  // page makes a strong request they can only add detail, and finding them asks hundreds of elements (the first
  // ask of each kind of element is the costly one in a content script's world).
  const roots: ScanRoot[] = [{ root, doc: docOf(root) }];
  scanRoots(scan, roots);
  if (!settled(scan)) {
    const inner: ScanRoot[] = [];
    const big: BigDocument[] = [];
    scan.safely(() => collectRoots(scan, root, 0, inner, big));
    const more = inner.slice(1); // the first is the page itself, already scanned
    scanRoots(scan, more);
    roots.push(...more);
    // Past the first elements of a big page, custom elements only (XPath visits every element: see SCAN_BUDGET).
    if (big.length && !settled(scan)) {
      const deep: ScanRoot[] = [];
      for (const b of big) scan.safely(() => collectDeepShadowRoots(scan, b, deep));
      scanRoots(scan, deep);
      roots.push(...deep);
    }
  }
  // A chat link only counts beside a real-name-for-hire offer (request-strength.ts), and its selector tests every
  // element of the page: look for one only once the text has an offer.
  if ([...scan.cues.values()].some((c) => c.kind === 'realname-offer')) {
    for (const r of roots) scan.safely(() => scanContactLinks(scan, r.root));
  }
  scan.safely(() => collectBrand(scan, root));
  return { cues: [...scan.cues.values()], brandText: scan.brand.join(' | ').slice(0, BRAND_CHARS), errors: scan.errors };
}

type ScanRoot = { root: Root; doc: Document };
/** A document with more elements than `shadowProbe`, and how deep in frames it is. */
type BigDocument = { doc: Document; depth: number };

function scanRoots(scan: Scan, roots: ScanRoot[]): void {
  for (const r of roots) {
    if (scan.outOfTime) {
      scan.errors++; // out of budget: report what we have
      break;
    }
    // Inputs by tag, once for both kinds: two selector queries walked a 20k-element page twice.
    let inputs: Array<{ el: Element; type: string }> = [];
    scan.safely(() => (inputs = inputsOf(scan, r.root)));
    scan.safely(() => scanControls(scan, inputs, r.doc));
    scan.safely(() => scanIdFields(scan, inputs, r.doc));
    // Drop zones and words in attributes only add detail to a page that already makes a strong request (and each
    // is a query over the whole page).
    if (!settled(scan)) {
      scan.safely(() => scanDropZones(scan, r.root, r.doc));
      scan.safely(() => scanAttributesText(scan, r.root));
    }
    scan.safely(() => scanText(scan, r.root, r.doc));
  }
}

/** The page already makes a strong request (an ID upload or ID-number field): more can only add detail. */
function settled(scan: Scan): boolean {
  return readCues([...scan.cues.values()]).strength === 'strong';
}

function docOf(root: Root): Document {
  return root.nodeType === 9 ? (root as Document) : ((root as ShadowRoot).ownerDocument as Document);
}

/**
 * The root, its open shadow roots and its same-origin frames' documents, within the budget. A document bigger than
 * `shadowProbe` elements is probed only that far and listed in `big` (see collectDeepShadowRoots).
 */
function collectRoots(scan: Scan, root: Root, depth: number, out: ScanRoot[], big: BigDocument[]): void {
  out.push({ root, doc: docOf(root) });
  if (root.nodeType === 11) {
    // A shadow root is one component's inside: small, and without getElementsByTagName.
    for (const el of qsa(root, '*')) {
      if (!probeShadow(scan, el, depth, out, big)) return;
      if (el.nodeName === 'IFRAME' || el.nodeName === 'FRAME') followFrame(scan, el, depth, out, big);
    }
    return;
  }
  const doc = root as Document;
  // A live collection indexed as far as we go: Array.from(querySelectorAll('*')) built all 20k wrappers up front.
  const all = byTag(doc, '*');
  let i = 0;
  for (let el = all[0]; el && i < scan.budget.shadowProbe; el = all[++i]) if (!probeShadow(scan, el, depth, out, big)) return;
  if (all[i]) big.push({ doc, depth });
  for (const tag of ['iframe', 'frame']) {
    const frames = byTag(doc, tag);
    for (let j = 0, f = frames[0]; f; f = frames[++j]) if (!followFrame(scan, f, depth, out, big)) return;
  }
}

/**
 * The shadow roots of a big document past its first `shadowProbe` elements: only its custom elements are asked
 * (found natively by XPath where the browser has it; web components, the usual shadow hosts, are custom elements).
 * Where there is no XPath (Node), every remaining element is asked, within the budget.
 */
function collectDeepShadowRoots(scan: Scan, big: BigDocument, out: ScanRoot[]): void {
  const custom = customElementsUnder(big.doc, big.doc, scan.budget.elements);
  if (custom) {
    for (const el of custom) if (!probeShadow(scan, el, big.depth, out, [])) return;
    return;
  }
  const all = byTag(big.doc, '*');
  for (let i = scan.budget.shadowProbe, el = all[i]; el; el = all[++i]) if (!probeShadow(scan, el, big.depth, out, [])) return;
}

/** Asks one element for an open shadow root and collects it; false once the element budget is spent. */
function probeShadow(scan: Scan, el: Element, depth: number, out: ScanRoot[], big: BigDocument[]): boolean {
  if (++scan.elements > scan.budget.elements || ((scan.elements & 255) === 0 && scan.outOfTime)) {
    scan.errors++;
    return false;
  }
  let sr: ShadowRoot | null = null;
  try {
    sr = shadowRootOf(el);
  } catch {
    scan.errors++;
  }
  // A custom element early in a big page is asked twice (probe, then XPath): collect its root once.
  if (sr && !scan.shadowRoots.has(sr)) {
    scan.shadowRoots.add(sr);
    collectRoots(scan, sr, depth, out, big);
  }
  return true;
}

/** Collects a same-origin frame's document; false once the frame budget is spent. */
function followFrame(scan: Scan, el: Element, depth: number, out: ScanRoot[], big: BigDocument[]): boolean {
  if (depth >= scan.budget.frameDepth || scan.frames >= scan.budget.frames) return false;
  const fd = frameDocument(el);
  if (fd && fd.documentElement) {
    scan.frames++;
    collectRoots(scan, fd, depth + 1, out, big);
  }
  return true;
}

/** What a control's own label names when it is not an identity document: then nearby ID words do not tie it. */
const NOT_AN_ID: Group[] = ['negative', 'portrait', 'other-number'];

/** Documents that only a document photo or a verification shows: a portrait's context cannot explain them away. */
const DOCUMENT_PHOTO = new Set(['handheld-id', 'id-card-front-back', 'face-scan']);

/**
 * Which document a field asks for, from its own context only: its own words first (label, name, placeholder),
 * then its surroundings closest first (text just before it, its wrappers, legend, headings above, its small form
 * or section). The first place that names either an identity document or something else (an avatar, a CV, a
 * student number) decides; in one place, whichever comes first. Negated clauses name nothing (askingText).
 * A field whose own words or surroundings name a portrait ("证件照", "passport-size photo") is a portrait: the
 * documents near it are what the portrait is for, unless they are a document photo (both sides, a selfie holding
 * the ID, a face scan).
 */
export function fieldAsks(ctx: { own: string; near: string[]; section: string }): { docs: ReturnType<typeof findDocs>; unrelated: boolean } {
  const m = matchers();
  const places = [ctx.own, ...ctx.near, ctx.section];
  for (let i = 0; i < places.length; i++) {
    const raw = places[i];
    const other = firstOf(raw, NOT_AN_ID);
    const docs = findDocs(askingText(raw));
    if (!docs.length && !other) continue;
    const first = Math.min(...docs.map((d) => d.match.index));
    if (!docs.length || (other && other.index < first)) return { docs: [], unrelated: true };
    const portrait = [ctx.own, ...ctx.near].some((t) => m.portrait.find(t));
    if (portrait && !docs.some((d) => DOCUMENT_PHOTO.has(d.doc))) return { docs: [], unrelated: true };
    // "Front and back", "Rückseite", "arka yüz" alone are any object's sides (a phone, a car, a parcel): they are an
    // ID's sides only where this place or one further out names an identity document or an identity check.
    if (docs.every((d) => d.doc === 'id-card-front-back') && !places.slice(i + 1).some((t) => findDocs(askingText(t)).some((d) => d.doc !== 'id-card-front-back'))) return { docs: [], unrelated: false };
    return { docs, unrelated: false };
  }
  return { docs: [], unrelated: false };
}

/** The document a field's shown label names itself ("身份证人像面" → both sides), if any: what its reason says. */
function labelDoc(label: string): IdDocument | undefined {
  return label ? findDocs(askingText(normalise(label)))[0]?.doc : undefined;
}

/** A text field's own label: attributes, <label>, or the first text before it (kits often break label-for). */
export function fieldLabel(el: Element, doc: Document): { words: string; label: string } {
  const parts: string[] = [];
  const attrs = (el as Element).attributes;
  for (let i = 0; attrs && i < attrs.length && i < 16; i++) {
    const a = attrs[i];
    if (a.name === 'style' || a.name === 'value' || a.name === 'type' || a.name === 'class') continue;
    parts.push(identifierWords(a.value.slice(0, 200)));
  }
  const label = labelledBy(el, doc).join(' ');
  let shown = label || attr(el, 'aria-label') || attr(el, 'placeholder') || '';
  if (label.trim()) parts.push(label);
  else {
    let cur: Element | null = el;
    for (let level = 0; cur && level < LABEL_LEVELS; level++) {
      const sib = prevSibling(cur);
      const t = textBefore(cur, 120) || (sib ? text(sib, 120).trim() : '');
      if (t) {
        parts.push(t.slice(0, 100));
        shown ||= t;
        break;
      }
      cur = parent(cur);
    }
  }
  return { words: normalise(parts.join(' \n ')), label: sanitiseLabel(shown) };
}

/** The root's inputs (at most `controls` of each kind's worth) with their type, lower-cased. */
function inputsOf(scan: Scan, root: Root): Array<{ el: Element; type: string }> {
  // A live collection for a document: the sensor's first pass asked the page for the same one (the browser keeps
  // it), so its walk is already done; querySelectorAll would walk the page again.
  const list = root.nodeType === 11 ? qsa(root, 'input', 2 * scan.budget.controls) : firstByTag(root as Document, 'input', 2 * scan.budget.controls);
  const out: Array<{ el: Element; type: string }> = [];
  // One input that throws on a read is left out (and counted), not the page's other inputs.
  for (const el of list) scan.safely(() => out.push({ el, type: (attr(el, 'type') ?? '').trim().toLowerCase() }));
  return out;
}

function scanControls(scan: Scan, inputs: Array<{ el: Element; type: string }>, doc: Document): void {
  for (const { el: input } of inputs.filter((i) => i.type === 'file').slice(0, scan.budget.controls)) {
    scan.safely(() => {
      const ctx = fieldContext(input, doc);
      const { docs, unrelated } = fieldAsks(ctx);
      const label = ctx.label || undefined;
      const said = docs.length ? labelDoc(ctx.label) : undefined;
      const asked = said ?? docs[0]?.doc;
      scan.add({ kind: 'file-input', doc: asked, evidence: describe(input, ctx.own), label: asked ? label : undefined, unrelated: unrelated || undefined }, !!said);
      for (const d of docs) scan.add({ kind: 'id-wording', doc: d.doc, lang: d.match.lang, evidence: d.match.text });
      // <input capture> opens the camera on phones: the same request as getUserMedia, for what the field asks.
      if (asked && attr(input, 'capture') !== null) scan.add({ kind: 'camera', doc: asked, evidence: 'capture', label }, !!said);
    });
  }
}

function describe(el: Element, ctx: string): string {
  const name = attr(el, 'name') || attr(el, 'id') || '';
  return `${el.nodeName.toLowerCase()}${name ? `[${name.slice(0, 30)}]` : ''} ${ctx.slice(0, 60)}`;
}

function scanIdFields(scan: Scan, inputs: Array<{ el: Element; type: string }>, doc: Document): void {
  const m = matchers();
  const fields = inputs.filter((i) => i.type === '' || TEXT_TYPES.has(i.type)).slice(0, scan.budget.controls);
  for (const { el: input } of fields) {
    scan.safely(() => {
      const { words, label } = fieldLabel(input, doc);
      // "Student ID number", "member no.", a negated "(no ID needed)": not a national ID (askingText blanks them).
      const asking = askingText(words);
      const numberWords = m['id-number'].find(asking);
      // A field named for another number ("Student ID number") is that number, whatever ID its hint mentions.
      const docWords = numberWords || m['other-number'].find(words)
        ? null
        : findDocs(asking).find((d) => d.doc === 'id-card' || d.doc === 'passport' || d.doc === 'driving-licence');
      // The first pass's rule (id-input.ts): named like an ID number (idcard, ssn, nik…) or pinned to an ID's
      // format, unless its own words name another number ("student_idno" labelled "Student number").
      const byRule = idInputKind(input) === 'id-number' && !m['other-number'].find(words);
      if (numberWords || (docWords && !m['not-a-number'].find(words)) || byRule) {
        const match = numberWords ?? docWords?.match;
        scan.add({ kind: 'id-number-field', doc: 'id-number', lang: match?.lang, evidence: match?.text ?? words, label: label || undefined });
      }
    });
  }
}

function scanDropZones(scan: Scan, root: Root, doc: Document): void {
  const zones = qsa(root, DROP_SELECTOR, DROP_CANDIDATES).filter((el) => DROP_NAME.test(`${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`) || attr(el, 'data-dropzone') !== null || attr(el, 'ondrop') !== null);
  for (const zone of zones.slice(0, 20)) {
    scan.safely(() => {
      if (qs(zone, FILE_SELECTOR)) return; // its input is counted as a file input
      addDropZone(scan, zone, doc);
    });
  }
}

function addDropZone(scan: Scan, zone: Element, doc: Document): void {
  const ctx = fieldContext(zone, doc);
  // A drop zone's own words are the text inside it ("Drag the front of your ID card here").
  const inside = normalise(text(zone, 300));
  const { docs, unrelated } = fieldAsks({ ...ctx, own: `${ctx.own} \n ${inside}` });
  const label = ctx.label || sanitiseLabel(text(zone, 120));
  const said = docs.length ? labelDoc(label) : undefined;
  const asked = said ?? docs[0]?.doc;
  scan.add({ kind: 'drop-zone', doc: asked, evidence: text(zone, 80), label: asked ? label : undefined, unrelated: unrelated || undefined }, !!said);
}

function scanContactLinks(scan: Scan, root: Root): void {
  const link = qs(root, CONTACT_LINK_SELECTOR);
  if (link) scan.add({ kind: 'offplatform-contact', evidence: attr(link, 'href') ?? '' });
}

/** Placeholders, aria-labels, button values and image alt text: words that are not text nodes. */
function scanAttributesText(scan: Scan, root: Root): void {
  const parts: string[] = [];
  for (const el of qsa(root, '[placeholder],[aria-label],input[type="submit" i][value],input[type="button" i][value]', LABELLED_ELEMENTS)) {
    for (const name of ['placeholder', 'aria-label']) {
      const v = attr(el, name);
      if (v) parts.push(v.slice(0, 120));
    }
    const value = el.nodeName === 'INPUT' ? attr(el, 'value') : null;
    if (value) parts.push(value.slice(0, 60));
  }
  // Images on their own, and fewer: a kit's "sample ID photo" is near the form, and a shop's thousands of product
  // images would each cost an attribute read per name if read with the labels above.
  for (const img of qsa(root, 'img[alt]', ALT_IMAGES)) {
    const alt = attr(img, 'alt');
    if (alt) parts.push(alt.slice(0, 120));
  }
  if (parts.length) testChunk(scan, normalise(parts.join(' | ')));
}

/** Joins a chunk's text nodes; normalise keeps it (it is not white space), so it can become a line break after. */
const NODE_BREAK = '\0';

function scanText(scan: Scan, root: Root, doc: Document): void {
  const m = matchers();
  let raw = '';
  let nodes: Text[] = [];
  // The chunk's short text nodes: where "drag your ID here" on a styled div would be.
  let short: Text[] = [];
  const furniture = new Map<Element, boolean>();
  // Normalised once per chunk, not per node: a big page has thousands of text nodes, and a RegExp run per node
  // costs far more than one per 2,000 characters.
  const flush = () => {
    const s = normalise(raw).replace(/\0/g, ' \n ');
    if (m.drop.find(s)) for (const t of short) scan.safely(() => dropZoneAround(scan, t, doc));
    let found = chunkCues(s);
    // Words found: the text that sits in page furniture (footer, nav, privacy notice, FAQ, comments) is left out
    // and the rest tested again. Only then, so a chunk with nothing in it never asks its nodes for their parents.
    if (found.length) {
      const kept = nodes.filter((t) => !inFurniture(t, furniture));
      if (kept.length < nodes.length) found = chunkCues(normalise(kept.map((t) => text(t, CHUNK_CHARS)).join(' \n ')));
    }
    for (const c of found) scan.add(c);
    raw = '';
    nodes = [];
    short = [];
  };
  let checked = 0;
  for (const t of textNodes(doc, root)) {
    if (++scan.nodes > scan.budget.textNodes || scan.chars > scan.budget.textChars) {
      scan.errors++; // text left unread: say so, as the other budgets do
      break;
    }
    if ((++checked & 63) === 0 && scan.outOfTime) {
      scan.errors++;
      break;
    }
    const r = text(t, CHUNK_CHARS);
    if (!/\S/.test(r)) continue;
    scan.chars += r.length;
    if (r.length < 200) short.push(t);
    nodes.push(t);
    raw += r + NODE_BREAK;
    if (raw.length >= CHUNK_CHARS) {
      flush();
      if (scan.chars > scan.budget.textCharsSettled && settled(scan)) return;
    }
  }
  if (raw) flush();
}

/** "Drag your ID here" in a short text node on a styled div: a drop zone without an input of its own. */
function dropZoneAround(scan: Scan, t: Text, doc: Document): void {
  const s = normalise(text(t, 200));
  if (s.length >= 200 || !matchers().drop.find(s)) return;
  let block = parent(t);
  for (let i = 0; block && i < 2 && text(block, 200).length < 120; i++) block = parent(block) ?? block;
  if (block && !qs(block, FILE_SELECTOR)) addDropZone(scan, block, doc);
}

/** ID wording, real-name-for-hire offers and off-platform contacts in a piece of text. */
export function testChunk(scan: { add(c: Cue): void }, s: string): void {
  for (const c of chunkCues(s)) scan.add(c);
}

/**
 * The cues in a piece of page text. ID words in a clause that says no ID is needed or warns against sending one
 * name nothing. An offer counts only outside such a clause (its own words left out first: "no KYC needed" IS
 * the offer), and a contact only where the page invites it: an anti-fraud notice that quotes an offer and says
 * "do not add strangers on WeChat" stays quiet.
 */
function chunkCues(s: string): Cue[] {
  const m = matchers();
  const out: Cue[] = [];
  for (const d of findDocs(askingText(s))) out.push({ kind: 'id-wording', doc: d.doc, lang: d.match.lang, evidence: around(s, d.match.index, d.match.text.length) });
  const anyOffer = m.offer.find(s);
  const anyContact = findContactHandle(s);
  if (!anyOffer && !anyContact) return out;
  let offer = false;
  let contact = false;
  for (const c of clauses(s)) {
    if (anyOffer && !offer) {
      const o = m.offer.find(c.text);
      // A warning frames the lure ("不要轻信'免实名'广告", "beware of registered SIMs"); an offer's own "no ID
      // needed" comes after it ("선불 유심 판매 – 신분증 필요 없음").
      const warning = o && m.negation.find(m.offer.blank(c.text));
      if (o && !(warning && warning.index < o.index)) {
        offer = true;
        out.push({ kind: 'realname-offer', lang: o.lang, evidence: around(s, c.start + o.index, o.text.length) });
      }
    }
    if (anyContact && !contact) {
      const h = findContactHandle(c.text);
      if (h && !m.negation.find(c.text)) {
        contact = true;
        out.push({ kind: 'offplatform-contact', evidence: h });
      }
    }
  }
  return out;
}

function around(s: string, index: number, len: number): string {
  const pad = Math.max(0, Math.floor((EVIDENCE_CHARS - len) / 2));
  return s.slice(Math.max(0, index - pad), index + len + pad);
}

/** Title, top headings, logo alt text and site name: what the judge matches brand names against. */
function collectBrand(scan: Scan, root: Root): void {
  const doc = docOf(root);
  if (root.nodeType === 9) {
    const title = qs(doc, 'title');
    if (title) scan.brand.push(text(title, 120).trim());
    // In <head> only: on a page without one, a whole-document query walks every element.
    const head = qs(doc, 'head');
    const site = head && qs(head, 'meta[property="og:site_name"]');
    const v = site && attr(site, 'content');
    if (v) scan.brand.push(v.slice(0, 80));
  }
  // The first of each, and logos looked for in the page's <header>: a whole-page querySelectorAll for "h1,h2" and
  // for "header,[class*=logo i]" tests every element's class. Shadow roots are small: a query is fine there.
  const whole = root.nodeType === 9;
  // The first h1 and the first h2 only: asking for more walks the whole page whenever it has fewer. By
  // querySelector, not getElementsByTagName: a new live collection costs more in a content script's world than a
  // query that stops at its first match.
  const found = whole ? [qs(doc, 'h1'), qs(doc, 'h2')].filter((el): el is Element => el !== null) : qsa(root, 'h1,h2', BRAND_ITEMS);
  const header = whole ? qs(doc, 'header') : null;
  // Logos: an image in the header or in a "logo" box. Selectors like "header img[alt]" test every image's
  // ancestors; the boxes are few, so look inside each instead.
  const boxes = header ? [header, ...qsa(header, '[class*="logo" i]', BRAND_ITEMS)] : qsa(root, 'header,[class*="logo" i]', BRAND_ITEMS);
  for (const box of boxes) {
    if (found.length >= BRAND_ITEMS) break;
    const img = box.nodeName === 'IMG' ? box : qs(box, 'img[alt]');
    if (img && attr(img, 'alt') !== null) found.push(img);
  }
  for (const el of found) {
    const t = el.nodeName === 'IMG' ? attr(el, 'alt') ?? '' : text(el, 100);
    if (t.trim()) scan.brand.push(t.replace(/\s+/g, ' ').trim());
  }
}
