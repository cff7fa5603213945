// The banner's content and the upload guard's question, as plain DOM (no framework: this ships in the content
// script that runs on every page). Pure: takes a root, a verdict, a language and callbacks; never touches browser.*.
import { officialUrl, reportUrl, safeHttps } from '../core/channel-links';
import { pick } from '../core/lang';
import type { Lang, LocalText, RegistryLinkSet, Verdict } from '../core/types';
import { SHADOW_CSS } from './banner-styles';
import { DOC_NAMES } from '../core/doc-names';
import { T, fill } from './banner-text';

export { officialUrl, reportUrl, safeHttps };

export type BannerAction = 'leave' | 'trust' | 'report' | 'dismiss' | 'details';

type Child = Node | string | null | false | undefined;

function h(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

/** A link that opens in a new tab without giving the scam page a handle on it. */
function link(doc: Document, href: string, text: string): HTMLElement {
  return h(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
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

/** The compact bar's one link: the official channel's best page, else the region's first help channel. */
function channelLink(doc: Document, v: Verdict, lang: Lang): HTMLElement | null {
  const url = officialUrl(v);
  if (url && v.official) {
    const label = safeHttps(v.official.realName) ? T.goRealName : T.goOfficial;
    return link(doc, url, fill(pick(label, lang), { org: pick(v.official.names, lang) }));
  }
  for (const r of v.regionHelp) {
    const site = safeHttps(r.report) ?? safeHttps(r.website);
    if (site) return link(doc, site, pick(r.names, lang));
  }
  return null;
}

/** The id of the caution bar's expandable part (unique: one banner per shadow root). */
const MORE_ID = 'idg-more';

/**
 * Fills `layer` (the banner's top-layer element in its shadow root) with the warning for `v`. Danger: the full
 * banner. Caution: one line (level, the first reason, the official channel, Details, Hide) that expands in place
 * to the full content. Returns the element the upload guard's question goes in.
 */
export function renderBanner(
  layer: HTMLElement,
  v: Verdict,
  lang: Lang,
  on: (action: BannerAction) => void,
): { bar: HTMLElement } {
  const doc = layer.ownerDocument;
  const danger = v.level === 'danger';
  const asks = v.asks.map((a) => pick(DOC_NAMES[a], lang));
  const reasons = v.reasons.map((r) => h(doc, 'li', {}, pick(r.text, lang)));
  const instead = insteadItems(doc, v, lang);
  const actions = h(
    doc,
    'div',
    { class: 'row' },
    button(doc, T.leave, lang, () => on('leave'), 'primary'),
    reportUrl(v) && button(doc, T.report, lang, () => on('report')),
    // In the caution bar "Details" is the expander and "Hide" sits on its line.
    button(doc, danger ? T.details : T.openInIdGuard, lang, () => on('details')),
    danger && button(doc, T.dismiss, lang, () => on('dismiss')),
    button(doc, T.trust, lang, () => on('trust')),
  );
  const full: Child[] = [
    h(doc, 'h2', {}, h(doc, 'span', { class: 'mark', 'aria-hidden': 'true' }, danger ? '!!' : '!'), pick(danger ? T.titleDanger : T.titleCaution, lang)),
    asks.length > 0 && h(doc, 'p', {}, h(doc, 'b', {}, pick(T.asks, lang)), ' ', asks.join(lang === 'en' ? ', ' : '、')),
    reasons.length > 0 && h(doc, 'p', {}, h(doc, 'b', {}, pick(T.why, lang))),
    reasons.length > 0 && h(doc, 'ul', {}, ...reasons),
    instead.length > 0 && h(doc, 'p', {}, h(doc, 'b', {}, pick(T.instead, lang))),
    instead.length > 0 && h(doc, 'ul', {}, ...instead),
    actions,
  ];
  const attrs = { role: 'alert', 'aria-label': pick(T.region, lang), lang: lang.replace('_', '-') };
  const bar = danger ? h(doc, 'section', { ...attrs, class: 'bar danger' }, ...full) : compactBar(doc, v, lang, on, attrs, full);
  layer.setAttribute('aria-label', pick(T.region, lang));
  layer.replaceChildren(h(doc, 'style', {}, SHADOW_CSS), bar);
  return { bar };
}

/** Opens or closes the caution bar's full content (its "Details" button does this on a person's click). */
export function setExpanded(bar: HTMLElement, open: boolean): void {
  const toggle = bar.querySelector(`[aria-controls="${MORE_ID}"]`);
  const more = bar.querySelector(`#${MORE_ID}`) as HTMLElement | null;
  if (!toggle || !more) return;
  toggle.setAttribute('aria-expanded', String(open));
  more.hidden = !open;
  bar.classList.toggle('open', open);
}

/** The caution bar: one line, and the full content behind "Details" (aria-expanded; Enter or Space opens it). */
function compactBar(doc: Document, v: Verdict, lang: Lang, on: (action: BannerAction) => void, attrs: Record<string, string>, full: Child[]): HTMLElement {
  const more = h(doc, 'div', { id: MORE_ID, class: 'more', hidden: '' }, ...full);
  const bar = h(doc, 'section', { ...attrs, class: 'bar compact' });
  const toggle = button(doc, T.details, lang, () => setExpanded(bar, toggle.getAttribute('aria-expanded') !== 'true'));
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', MORE_ID);
  const reason = v.reasons[0] ? pick(v.reasons[0].text, lang) : pick(T.titleCaution, lang);
  const line = h(
    doc,
    'div',
    { class: 'line' },
    h(doc, 'span', { class: 'mark', 'aria-hidden': 'true' }, '!'),
    h(doc, 'b', { class: 'level' }, pick(T.levelCaution, lang)),
    h(doc, 'span', { class: 'reason', title: reason }, reason),
    channelLink(doc, v, lang),
    toggle,
    button(doc, T.hide, lang, () => on('dismiss')),
  );
  bar.append(line, more);
  return bar;
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
