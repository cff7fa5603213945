// The extension's warning page for a page that fought ID Guard's warning: why it is risky (the verdict's reasons
// name what the page asked for), the official channel, and "Go back" / "Continue anyway". Pure: takes a document, what the background
// said, a language and the two actions; the buttons obey a person's clicks and keys only (trusted events).
import { officialUrl } from '../../core/channel-links';
import { pick } from '../../core/lang';
import type { Lang } from '../../core/types';
import type { Interstitial } from '../../protocol/messages';
import { IT } from './interstitial-text';

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
export function renderInterstitial(main: HTMLElement, page: Interstitial | null, lang: Lang, on: InterstitialActions): void {
  const doc = main.ownerDocument;
  const v = page?.verdict;
  const site = v?.host ?? '';
  const official = v ? officialUrl(v) : null;
  const org = v?.official ? pick(v.official.names, lang) : '';
  const parts: (HTMLElement | null)[] = [
    el(doc, 'h1', {}, pick(IT.title, lang)),
    page ? el(doc, 'p', { class: 'lead' }, pick(IT.tried, lang).replace('{site}', site)) : el(doc, 'p', {}, pick(IT.nothing, lang)),
    page ? el(doc, 'p', {}, pick(IT.why, lang)) : null,
    v && v.reasons.length > 0 ? el(doc, 'ul', {}, ...v.reasons.map((r) => el(doc, 'li', {}, pick(r.text, lang)))) : null,
    official ? el(doc, 'p', {}, el(doc, 'a', { href: official, rel: 'noopener noreferrer' }, pick(IT.official, lang).replace('{org}', org))) : null,
    el(
      doc,
      'div',
      { class: 'row' },
      trustedButton(doc, pick(IT.goBack, lang), 'primary', on.back),
      page ? trustedButton(doc, pick(IT.proceed, lang), '', on.continueAnyway) : null,
    ),
    page ? el(doc, 'p', { class: 'note' }, pick(IT.continueNote, lang)) : null,
  ];
  main.replaceChildren(...parts.filter((p): p is HTMLElement => !!p));
  (main.querySelector('button.primary') as HTMLElement | null)?.focus();
}
