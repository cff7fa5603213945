// The banner's content and the upload guard's question, as plain DOM (no framework: this ships in the content
// script that runs on every page). Pure: takes a root, a verdict, a language and callbacks; never touches browser.*.
import { pick } from '../core/lang';
import type { Lang, LocalText, RegistryLinkSet, Verdict } from '../core/types';
import { SHADOW_CSS } from './banner-styles';
import { DOC_NAMES, T, fill } from './banner-text';

export type BannerAction = 'leave' | 'trust' | 'report' | 'dismiss' | 'details';

type Child = Node | string | null | false | undefined;

function h(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

/** Only https links leave the banner (the verdict comes from our background, but a bad registry row must not
 * turn into a javascript: link in someone's page). */
export function safeHttps(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A link that opens in a new tab without giving the scam page a handle on it. */
function link(doc: Document, href: string, text: string): HTMLElement {
  return h(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
}

/** Where "Report" goes: the region's report channel first, else the impersonated organisation's. */
export function reportUrl(v: Verdict): string | null {
  for (const r of v.regionHelp) if (safeHttps(r.report)) return r.report!;
  return safeHttps(v.official?.report);
}

/** The official channel's best page: its real-name page when it has one, else its website. */
export function officialUrl(v: Verdict): string | null {
  return safeHttps(v.official?.realName) ?? safeHttps(v.official?.website);
}

function telLink(doc: Document, tel: string, text: string): HTMLElement {
  return h(doc, 'a', { href: `tel:${tel.replace(/[^\d+]/g, '')}` }, text);
}

function insteadItems(doc: Document, v: Verdict, lang: Lang): HTMLElement[] {
  const items: HTMLElement[] = [];
  const off = v.official;
  if (off) {
    const org = pick(off.names, lang);
    const url = officialUrl(v);
    if (url) {
      const label = safeHttps(off.realName) ? T.goRealName : T.goOfficial;
      items.push(h(doc, 'li', {}, link(doc, url, fill(pick(label, lang), { org })), ` (${new URL(url).hostname})`));
    }
    const tel = off.hotlines[0];
    if (tel) items.push(h(doc, 'li', {}, telLink(doc, tel, fill(pick(T.call, lang), { org, tel }))));
  }
  for (const r of v.regionHelp) items.push(regionItem(doc, r, lang));
  return items;
}

/** One of the region's help channels: its report page when it has one ("Report fraud: …"), else its website
 * under its own name (the name says what it is: 一证通查, 国家反诈中心), plus its first hotline. */
function regionItem(doc: Document, r: RegistryLinkSet, lang: Lang): HTMLElement {
  const org = pick(r.names, lang);
  const report = safeHttps(r.report);
  const site = report ?? safeHttps(r.website);
  const text = report ? fill(pick(T.reportTo, lang), { org }) : org;
  const tel = r.hotlines[0];
  return h(doc, 'li', {}, site ? link(doc, site, text) : text, tel ? ' · ' : null, tel ? telLink(doc, tel, tel) : null);
}

function button(doc: Document, text: LocalText, lang: Lang, onClick: () => void, cls = ''): HTMLElement {
  const b = h(doc, 'button', { type: 'button', class: cls }, pick(text, lang));
  // Pages cannot reach into the closed shadow root; isTrusted also refuses clicks synthesised by any script.
  b.addEventListener('click', (e) => {
    if (e.isTrusted) onClick();
  });
  return b;
}

/** Fills `root` (the banner's shadow root) with the warning for `v`. Returns the element the question goes in. */
export function renderBanner(
  root: ShadowRoot,
  v: Verdict,
  lang: Lang,
  on: (action: BannerAction) => void,
): { bar: HTMLElement } {
  const doc = root.ownerDocument;
  const danger = v.level === 'danger';
  root.replaceChildren();
  root.append(h(doc, 'style', {}, SHADOW_CSS));
  const asks = v.asks.map((a) => pick(DOC_NAMES[a], lang));
  const reasons = v.reasons.map((r) => h(doc, 'li', {}, pick(r.text, lang)));
  const instead = insteadItems(doc, v, lang);
  const actions = h(
    doc,
    'div',
    { class: 'row' },
    button(doc, T.leave, lang, () => on('leave'), 'primary'),
    reportUrl(v) && button(doc, T.report, lang, () => on('report')),
    button(doc, T.details, lang, () => on('details')),
    button(doc, T.dismiss, lang, () => on('dismiss')),
    button(doc, T.trust, lang, () => on('trust')),
  );
  const bar = h(
    doc,
    'section',
    { class: danger ? 'bar danger' : 'bar', role: 'alert', 'aria-label': pick(T.region, lang), lang: lang.replace('_', '-') },
    h(doc, 'h2', {}, h(doc, 'span', { class: 'mark', 'aria-hidden': 'true' }, danger ? '!!' : '!'), pick(danger ? T.titleDanger : T.titleCaution, lang)),
    asks.length > 0 && h(doc, 'p', {}, h(doc, 'b', {}, pick(T.asks, lang)), ' ', asks.join(lang === 'en' ? ', ' : '、')),
    reasons.length > 0 && h(doc, 'p', {}, h(doc, 'b', {}, pick(T.why, lang))),
    reasons.length > 0 && h(doc, 'ul', {}, ...reasons),
    instead.length > 0 && h(doc, 'p', {}, h(doc, 'b', {}, pick(T.instead, lang))),
    instead.length > 0 && h(doc, 'ul', {}, ...instead),
    actions,
  );
  root.append(bar);
  return { bar };
}

/**
 * The upload guard's question, an alertdialog inside the banner. Focus goes to "Cancel" (the safe answer);
 * Escape cancels. `answer` gets true only from a trusted click on "Continue anyway".
 */
export function renderQuestion(
  bar: HTMLElement,
  v: Verdict,
  lang: Lang,
  kind: 'file' | 'drop' | 'camera' | 'number',
  answer: (ok: boolean) => void,
): HTMLElement {
  const doc = bar.ownerDocument;
  const site = v.host;
  const off = v.official;
  const url = officialUrl(v);
  const dialog = h(
    doc,
    'div',
    { class: 'ask', role: 'alertdialog', 'aria-modal': 'false', 'aria-labelledby': 'idg-q', 'aria-describedby': 'idg-qd' },
    h(doc, 'h3', { id: 'idg-q' }, fill(pick(kind === 'camera' ? T.askCamera : kind === 'number' ? T.askNumber : T.askFile, lang), { site })),
    h(doc, 'p', { id: 'idg-qd' }, fill(pick(kind === 'number' ? T.askNumberBody : T.askBody, lang), { site })),
    off && url && h(doc, 'p', {}, fill(pick(T.askOfficial, lang), { org: pick(off.names, lang) }), ' ', link(doc, url, new URL(url).hostname)),
  );
  const cancel = button(doc, T.cancel, lang, () => answer(false), 'primary');
  const proceed = button(doc, T.proceed, lang, () => answer(true));
  dialog.append(h(doc, 'div', { class: 'row' }, cancel, proceed));
  dialog.addEventListener('keydown', (e) => {
    if (e.isTrusted && e.key === 'Escape') answer(false);
  });
  bar.append(dialog);
  cancel.focus();
  return dialog;
}

/** After a confirmed drop: the browser cannot replay a drop, so the person drops again. */
export function renderNote(bar: HTMLElement, lang: Lang): HTMLElement {
  const note = h(bar.ownerDocument, 'p', { class: 'note', role: 'status' }, pick(T.dropAgain, lang));
  bar.append(note);
  return note;
}
