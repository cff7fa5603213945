// The extension's warning page for a page that fought ID Guard's warning: why it is risky (the verdict's reasons
// name what the page asked for), the official channel, and "Go back" / "Continue anyway". Pure: takes a document, what the background
// said, the reader's messages and the two actions; the buttons obey a person's clicks and keys only (trusted events).
import { officialUrl } from '../../core/channel-links';
import { orgName, textOf, type I18n } from '../../core/lang';
import type { Interstitial } from '../../protocol/messages';

export interface InterstitialActions {
  back(): void;
  continueAnyway(): void;
}

function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: (Node | string | null | undefined)[]): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c) e.append(c);
  return e;
}

function trustedButton(doc: Document, text: string, cls: string, onClick: () => void): HTMLElement {
  const b = el(doc, 'button', { type: 'button', class: cls }, text);
  b.addEventListener('click', (e) => {
    if (e.isTrusted) onClick();
  });
  return b;
}

/** Renders the page into `main`; `page` is null when the background has nothing for this tab (after a restart). */
export function renderInterstitial(main: HTMLElement, page: Interstitial | null, i18n: I18n, on: InterstitialActions): void {
  const doc = main.ownerDocument;
  const v = page?.verdict;
  const site = v?.host ?? '';
  const official = v ? officialUrl(v) : null;
  const org = v?.official ? orgName(v.official.names, i18n.lang) : '';
  const parts: (HTMLElement | null)[] = [
    el(doc, 'h1', {}, i18n.t('interstitialTitle')),
    page ? el(doc, 'p', { class: 'lead' }, i18n.t('interstitialTried', site)) : el(doc, 'p', {}, i18n.t('interstitialNothing')),
    page ? el(doc, 'p', {}, i18n.t('interstitialWhy')) : null,
    v && v.reasons.length > 0 ? el(doc, 'ul', {}, ...v.reasons.map((r) => el(doc, 'li', {}, textOf(r, i18n)))) : null,
    official ? el(doc, 'p', {}, el(doc, 'a', { href: official, rel: 'noopener noreferrer' }, i18n.t('bannerGoOfficial', org))) : null,
    el(
      doc,
      'div',
      { class: 'row' },
      trustedButton(doc, i18n.t('interstitialGoBack'), 'primary', on.back),
      page ? trustedButton(doc, i18n.t('guardProceed'), '', on.continueAnyway) : null,
    ),
    page ? el(doc, 'p', { class: 'note' }, i18n.t('interstitialContinueNote')) : null,
  ];
  main.replaceChildren(...parts.filter((p): p is HTMLElement => !!p));
  (main.querySelector('button.primary') as HTMLElement | null)?.focus();
}
