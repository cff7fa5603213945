// A request element's own context: what a careful person reads to know what one field asks for
// (../shared/DESIGN.md "How a request is recognised"). ID words count only here; words elsewhere on the page can
// add detail to a request that exists, never make one. Pure: reads the DOM it is given.
import { sanitiseLabel } from '../core/doc-names';
import { identifierWords, normalise } from '../scan/cue-words';
import { attr, closest, parent, prevSibling, qs, qsa, text, textBefore } from '../scan/dom-read';

/** How far up from a control we look for its wording; ID upload kits wrap inputs in 2–4 styling layers. */
const CONTEXT_LEVELS = 4;
/** A wrapper whose text is longer than this is a whole form or page, not a control's own label. */
const WRAPPER_CHARS = 400;
/** A form or section this short is read whole as the field's surroundings (a one-step upload form). */
const SECTION_CHARS = 1_200;
/** Levels whose preceding siblings count as a control's label (input, its wrapper, the wrapper's box). */
const SIBLING_LEVELS = 3;
/** Ancestors walked looking for the heading above a field (a wizard step's title sits a few levels up). */
const HEADING_LEVELS = 12;

/** Containers that bound a field's surroundings: its form, fieldset, section, dialog or wizard step. */
const SECTION_TAGS = new Set(['SECTION', 'DIALOG', 'ARTICLE', 'MAIN']);
/** Headings above a field read, nearest first: its step's title, then its form's. */
const HEADINGS = 3;
const HEADING_SELECTOR = 'h1,h2,h3,h4,h5,h6,legend,[role="heading"]';

/** Elements a person never reads as a field's label. */
const UNSEEN_TAGS = new Set(['TITLE', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'META', 'LINK', 'HEAD']);

/** Page furniture by tag and landmark role: never part of a request. */
const FURNITURE_TAGS = new Set(['FOOTER', 'NAV', 'ASIDE', 'SMALL']);
const FURNITURE_ROLES = new Set(['contentinfo', 'navigation', 'complementary', 'banner']);
/**
 * Page furniture by class or id, as site builders name it: footers, menus, cookie / privacy / terms notices, FAQ
 * answers, comment threads, related lists, legal fine print. Whole words of the name (`site-footer`, `faq_item`),
 * so `navigate-step` or `terms-accept-box` in a kit's form does not count.
 */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:footer|foot|nav|navbar|menu|breadcrumbs?|sidebar|cookies?|consent|gdpr|privacy|policy|terms|tos|legal|disclaimer|faqs?|accordion|comments?|replies|reviews?|related|recommend(?:ed|ations)?|copyright|sitemap|fine-?print|subscribe|newsletter|share|social)(?:$|[\s_-])/i;

/** True for an element that is page furniture (footer, nav, privacy notice, FAQ, comments…). */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.nodeName)) return true;
  const role = attr(el, 'role');
  if (role && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  return (!!cls && FURNITURE_NAME.test(identifierWords(cls.slice(0, 200)).toLowerCase())) || (!!id && FURNITURE_NAME.test(identifierWords(id.slice(0, 100)).toLowerCase()));
}

/** True when a node sits inside page furniture (below `stop`, when given: a field's own containers are not). */
export function inFurniture(node: Node, memo?: Map<Element, boolean>): boolean {
  const seen: Element[] = [];
  let answer = false;
  for (let el = parent(node); el && el.nodeName !== 'BODY' && el.nodeName !== 'HTML'; el = parent(el)) {
    const known = memo?.get(el);
    if (known !== undefined) {
      answer = known;
      break;
    }
    seen.push(el);
    if (isFurniture(el)) {
      answer = true;
      break;
    }
  }
  for (const el of seen) memo?.set(el, answer);
  return answer;
}

export interface FieldContext {
  /** The field's own words: accessible name (label, aria-label, aria-labelledby), placeholder, name/id, accept. */
  own: string;
  /** Its surroundings, closest first: text just before it, its small wrappers, legend, headings above it. */
  near: string[];
  /** The text of its form or section when that is short ('' otherwise): read last. */
  section: string;
  /** What a person would call the field, for the reason ("身份证人像面"); '' when it has no readable label. */
  label: string;
}

function idRefsText(doc: Document, refs: string | null): string {
  if (!refs) return '';
  const parts: string[] = [];
  for (const ref of refs.trim().split(/\s+/).slice(0, 4)) {
    if (!/^[\w-]+$/.test(ref)) continue;
    const el = qs(doc, `#${ref}`);
    if (el) parts.push(text(el, 150));
  }
  return parts.join(' ');
}

/** The text of a field's <label>s (for=, wrapping) and aria-labelledby: its accessible name from elements. */
export function labelledBy(el: Element, doc: Document): string[] {
  const parts: string[] = [];
  const id = attr(el, 'id');
  if (id && /^[\w-]+$/.test(id)) {
    const l = qs(doc, `label[for="${id}"]`);
    if (l) parts.push(text(l, 150));
  }
  const wrap = closest(el, 'label');
  if (wrap) parts.push(text(wrap, 150));
  parts.push(idRefsText(doc, attr(el, 'aria-labelledby')));
  return parts.filter((p) => p.trim());
}

/**
 * The headings (and legends) above `el` inside its section, nearest first, at most `max`: a wizard step's title,
 * then the title of the form it is in. A form does not end the search (kits put the step's title just outside
 * their <form>); a section, article, main or dialog does, and so does the body.
 */
function headingsAbove(el: Element, max: number): Element[] {
  const out: Element[] = [];
  let cur: Element | null = el;
  for (let level = 0; cur && level < HEADING_LEVELS && out.length < max; level++) {
    const up: Element | null = parent(cur);
    if (!up || up.nodeName === 'HTML') break;
    const before: Element[] = [];
    for (const h of qsa(up, HEADING_SELECTOR, 40)) {
      if (out.includes(h) || h.contains(cur)) continue;
      // Only headings before the field in document order (4 = DOCUMENT_POSITION_FOLLOWING: the field follows h).
      if (!(h.compareDocumentPosition(el) & 4)) break;
      if (!isFurniture(h) && !inFurnitureBelow(h, up)) before.push(h);
    }
    out.push(...before.reverse().slice(0, max - out.length));
    if (SECTION_TAGS.has(up.nodeName) || up.nodeName === 'BODY') break;
    cur = up;
  }
  return out;
}

/** Whether `node` is inside furniture that lies below `top` (a footer inside the field's own section). */
function inFurnitureBelow(node: Node, top: Element): boolean {
  for (let el = parent(node); el && el !== top; el = parent(el)) if (isFurniture(el)) return true;
  return false;
}

/** Reads what one field (file input, drop zone, ID-number field) asks for, from its own context only. */
export function fieldContext(el: Element, doc: Document): FieldContext {
  const ownParts: string[] = [];
  for (const name of ['name', 'id', 'accept', 'aria-label', 'title', 'placeholder', 'alt']) {
    const v = attr(el, name);
    if (v) ownParts.push(identifierWords(v.slice(0, 200)));
  }
  const labels = labelledBy(el, doc);
  ownParts.push(...labels);
  const described = idRefsText(doc, attr(el, 'aria-describedby'));

  const near: string[] = [];
  if (described) near.push(described);
  let firstBefore = '';
  let cur: Element | null = el;
  for (let level = 0; cur && level < CONTEXT_LEVELS; level++) {
    // Text just before the control or its wrappers ("Step 3: front of your ID"), not before the whole form: first
    // what is written right before it, then the elements before it.
    const written = level < SIBLING_LEVELS ? textBefore(cur, 150) : '';
    if (written) {
      near.push(written);
      firstBefore ||= written;
    }
    let sib = level < SIBLING_LEVELS ? prevSibling(cur) : null;
    for (let i = 0; sib && i < 2; i++, sib = prevSibling(sib)) {
      if (isFurniture(sib)) break;
      if (UNSEEN_TAGS.has(sib.nodeName)) continue;
      const t = text(sib, 150);
      if (t.trim()) {
        near.push(t);
        firstBefore ||= t;
      }
    }
    cur = parent(cur);
    // The page itself is not a control's label (a tiny page's nav would otherwise tie a CV upload to "ID").
    if (!cur || cur.nodeName === 'BODY' || cur.nodeName === 'HTML') break;
    const t = text(cur, WRAPPER_CHARS + 1);
    if (t.length <= WRAPPER_CHARS) near.push(t);
    for (const name of ['class', 'id', 'aria-label']) {
      const v = attr(cur, name);
      if (v) near.push(identifierWords(v.slice(0, 120)));
    }
  }
  const fieldset = closest(el, 'fieldset');
  const legend = fieldset ? qs(fieldset, 'legend') : null;
  const legendText = legend ? text(legend, 150) : '';
  if (legendText) near.push(legendText);
  const headingTexts = headingsAbove(el, HEADINGS).map((h) => text(h, 150)).filter((t) => t.trim());
  near.push(...headingTexts);
  const headingText = headingTexts[0] ?? '';
  const box = closest(el, 'form,fieldset,section,dialog,[role="dialog"],article');
  const section = box ? sectionText(box) : '';

  const label =
    labels[0] || attr(el, 'aria-label') || attr(el, 'placeholder') || attr(el, 'title') || firstBefore || legendText || headingText || '';
  return {
    own: normalise(ownParts.join(' \n ')),
    near: near.map((n) => normalise(n)).filter((n) => n.trim()),
    section: normalise(section),
    label: sanitiseLabel(label),
  };
}

/** A small form or section's text, without its furniture (a fine-print footer inside the form); '' when long. */
function sectionText(section: Element): string {
  const t = text(section, SECTION_CHARS + 1);
  if (t.length > SECTION_CHARS) return '';
  if (!qs(section, 'footer,nav,aside,small,[class*="privacy" i],[class*="terms" i],[class*="faq" i],[class*="footer" i]')) return t;
  // Rare: furniture inside a small form. Read it child by child, leaving the furniture out.
  const parts: string[] = [];
  for (const child of qsa(section, ':scope > *', 60)) if (!isFurniture(child)) parts.push(text(child, 400));
  return parts.join(' ');
}
