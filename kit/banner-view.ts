// The banner's content and the upload guard's question, as plain DOM (no framework: this ships in the content
// script that runs on every page). Pure: takes a root, a verdict, the reader's messages (public/_locales, through
// content/content-runtime.ts contentI18n) and callbacks; never touches browser.*.
import { officialUrl, reportUrl, safeHttps } from '../core/channel-links';
import { docList, langTag, orgName, textOf, type I18n } from '../core/lang';
import type { RegistryLinkSet, Verdict } from '../core/types';
import { SHADOW_CSS } from './banner-styles';

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

function insteadItems(doc: Document, v: Verdict, i18n: I18n): HTMLElement[] {
  const items: HTMLElement[] = [];
  const off = v.official;
  if (off) {
    const org = orgName(off.names, i18n.lang);
    const url = officialUrl(v);
    if (url) {
      const label = safeHttps(off.realName) ? 'bannerGoRealName' : 'bannerGoOfficial';
      items.push(h(doc, 'li', {}, link(doc, url, i18n.t(label, org)), ` (${new URL(url).hostname})`));
    }
    const tel = off.hotlines[0];
    if (tel) items.push(h(doc, 'li', {}, telLink(doc, tel, i18n.t('bannerCall', org, tel))));
  }
  for (const r of v.regionHelp) items.push(regionItem(doc, r, i18n));
  return items;
}

/** One of the region's help channels: its report page when it has one ("Report fraud: …"), else its website
 * under its own name (the name says what it is: 一证通查, 国家反诈中心), plus its first hotline. */
function regionItem(doc: Document, r: RegistryLinkSet, i18n: I18n): HTMLElement {
  const org = orgName(r.names, i18n.lang);
  const report = safeHttps(r.report);
  const site = report ?? safeHttps(r.website);
  const text = report ? i18n.t('bannerReportTo', org) : org;
  const tel = r.hotlines[0];
  return h(doc, 'li', {}, site ? link(doc, site, text) : text, tel ? ' · ' : null, tel ? telLink(doc, tel, tel) : null);
}

function button(doc: Document, text: string, onClick: () => void, cls = ''): HTMLElement {
  const b = h(doc, 'button', { type: 'button', class: cls }, text);
  // Pages cannot reach into the closed shadow root; isTrusted also refuses clicks synthesised by any script.
  b.addEventListener('click', (e) => {
    if (e.isTrusted) onClick();
  });
  return b;
}

/** The compact bar's one link: the official channel's best page, else the region's first help channel. */
function channelLink(doc: Document, v: Verdict, i18n: I18n): HTMLElement | null {
  const url = officialUrl(v);
  if (url && v.official) {
    const label = safeHttps(v.official.realName) ? 'bannerGoRealName' : 'bannerGoOfficial';
    return link(doc, url, i18n.t(label, orgName(v.official.names, i18n.lang)));
  }
  for (const r of v.regionHelp) {
    const site = safeHttps(r.report) ?? safeHttps(r.website);
    if (site) return link(doc, site, orgName(r.names, i18n.lang));
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
  i18n: I18n,
  on: (action: BannerAction) => void,
): { bar: HTMLElement } {
  const doc = layer.ownerDocument;
  const danger = v.level === 'danger';
  const reasons = v.reasons.map((r) => h(doc, 'li', {}, textOf(r, i18n)));
  const instead = insteadItems(doc, v, i18n);
  const actions = h(
    doc,
    'div',
    { class: 'row' },
    button(doc, i18n.t('bannerLeave'), () => on('leave'), 'primary'),
    reportUrl(v) && button(doc, i18n.t('bannerReport'), () => on('report')),
    // In the caution bar "Details" is the expander and "Hide" sits on its line.
    button(doc, i18n.t(danger ? 'bannerDetails' : 'bannerOpenInIdGuard'), () => on('details')),
    danger && button(doc, i18n.t('bannerDismiss'), () => on('dismiss')),
    button(doc, i18n.t('bannerTrust'), () => on('trust')),
  );
  const full: Child[] = [
    h(doc, 'h2', {}, h(doc, 'span', { class: 'mark', 'aria-hidden': 'true' }, danger ? '!!' : '!'), i18n.t(danger ? 'bannerTitleDanger' : 'bannerTitleCaution')),
    v.asks.length > 0 && h(doc, 'p', {}, h(doc, 'b', {}, i18n.t('bannerAsks')), ' ', docList(v.asks, i18n)),
    reasons.length > 0 && h(doc, 'p', {}, h(doc, 'b', {}, i18n.t('bannerWhy'))),
    reasons.length > 0 && h(doc, 'ul', {}, ...reasons),
    instead.length > 0 && h(doc, 'p', {}, h(doc, 'b', {}, i18n.t('bannerInstead'))),
    instead.length > 0 && h(doc, 'ul', {}, ...instead),
    actions,
  ];
  const attrs = { role: 'alert', 'aria-label': i18n.t('bannerRegion'), lang: langTag(i18n.lang) };
  const bar = danger ? h(doc, 'section', { ...attrs, class: 'bar danger' }, ...full) : compactBar(doc, v, i18n, on, attrs, full);
  layer.setAttribute('aria-label', i18n.t('bannerRegion'));
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
function compactBar(doc: Document, v: Verdict, i18n: I18n, on: (action: BannerAction) => void, attrs: Record<string, string>, full: Child[]): HTMLElement {
  const more = h(doc, 'div', { id: MORE_ID, class: 'more', hidden: '' }, ...full);
  const bar = h(doc, 'section', { ...attrs, class: 'bar compact' });
  const toggle = button(doc, i18n.t('bannerDetails'), () => setExpanded(bar, toggle.getAttribute('aria-expanded') !== 'true'));
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', MORE_ID);
  const reason = v.reasons[0] ? textOf(v.reasons[0], i18n) : i18n.t('bannerTitleCaution');
  const line = h(
    doc,
    'div',
    { class: 'line' },
    h(doc, 'span', { class: 'mark', 'aria-hidden': 'true' }, '!'),
    h(doc, 'b', { class: 'level' }, i18n.t('bannerLevelCaution')),
    h(doc, 'span', { class: 'reason', title: reason }, reason),
    channelLink(doc, v, i18n),
    toggle,
    button(doc, i18n.t('bannerHide'), () => on('dismiss')),
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
  i18n: I18n,
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
    h(doc, 'h3', { id: 'idg-q' }, i18n.t(kind === 'camera' ? 'guardAskCamera' : kind === 'number' ? 'guardAskNumber' : 'guardAskFile', site)),
    h(doc, 'p', { id: 'idg-qd' }, i18n.t(kind === 'number' ? 'guardAskNumberBody' : 'guardAskBody', site)),
    off && url && h(doc, 'p', {}, i18n.t('guardAskOfficial', orgName(off.names, i18n.lang)), ' ', link(doc, url, new URL(url).hostname)),
  );
  const cancel = button(doc, i18n.t('guardCancel'), () => answer(false), 'primary');
  const proceed = button(doc, i18n.t('guardProceed'), () => answer(true));
  dialog.append(h(doc, 'div', { class: 'row' }, cancel, proceed));
  dialog.addEventListener('keydown', (e) => {
    if (e.isTrusted && e.key === 'Escape') answer(false);
  });
  bar.append(dialog);
  cancel.focus();
  return dialog;
}

/** After a confirmed drop: the browser cannot replay a drop, so the person drops again. */
export function renderNote(bar: HTMLElement, i18n: I18n): HTMLElement {
  const note = h(bar.ownerDocument, 'p', { class: 'note', role: 'status' }, i18n.t('guardDropAgain'));
  bar.append(note);
  return note;
}
