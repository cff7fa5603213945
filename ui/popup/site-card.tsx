// The popup's first card: "is this site where I should be doing this?" — the level of the active tab in colour,
// symbol and words, the reasons, the organisation for an official site, and the official channel for a warned page.
import type { Lang, Level, Verdict } from '../../core/types';
import { pick } from '../i18n';
import { ChannelCard, ChannelLinks } from './channel-card';
import { LEVEL_TITLES, T } from './popup-text';

export type SiteState = { status: 'loading' } | { status: 'ready'; verdict: Verdict | null } | { status: 'error' };

/**
 * A symbol beside the words, for people who cannot tell the colours apart. Plain characters in a CSS badge:
 * emoji such as ⛔ are missing from many Linux fonts and render as an empty box.
 */
const LEVEL_SYMBOLS: Record<Level, string> = { official: '✓', none: 'i', caution: '!', danger: '!!' };

export function SiteCard({ state, lang }: { state: SiteState; lang: Lang }) {
  if (state.status === 'loading') {
    return (
      <section class="site-card" data-level="loading" aria-busy="true" aria-labelledby="site-heading">
        <h2 id="site-heading" class="sr-only">{pick(T.siteHeading, lang)}</h2>
        <p class="site-title">{pick(T.checking, lang)}</p>
      </section>
    );
  }
  if (state.status === 'error' || !state.verdict) {
    return (
      <section class="site-card" data-level={state.status === 'error' ? 'error' : 'quiet'} aria-labelledby="site-heading">
        <h2 id="site-heading" class="sr-only">{pick(T.siteHeading, lang)}</h2>
        <p class="site-title">
          <span class="level-symbol" aria-hidden="true">{LEVEL_SYMBOLS.none}</span>
          {pick(state.status === 'error' ? T.verdictError : T.noVerdict, lang)}
        </p>
        {state.status !== 'error' && <p class="site-detail">{pick(T.noVerdictDetail, lang)}</p>}
      </section>
    );
  }
  const v = state.verdict;
  const warned = v.level === 'caution' || v.level === 'danger';
  return (
    <section class="site-card" data-level={v.level} aria-labelledby="site-heading">
      <h2 id="site-heading" class="sr-only">{pick(T.siteHeading, lang)}</h2>
      <p class="site-title" role={warned ? 'alert' : undefined}>
        <span class="level-symbol" aria-hidden="true">{LEVEL_SYMBOLS[v.level]}</span>
        <span class="level-words">{pick(LEVEL_TITLES[v.level], lang)}</span>
      </p>
      <p class="site-domain">{v.host || v.domain}</p>
      {v.level === 'official' && v.org && (
        <p class="site-org">
          {pick(T.officialOf, lang)} <strong>{pick(v.org.names, lang)}</strong>
        </p>
      )}
      {v.level === 'none' && <p class="site-detail">{pick(T.noneDetail, lang)}</p>}
      {v.reasons.length > 0 && (
        <ul class="site-reasons">
          {v.reasons.map((r) => (
            <li key={r.code} data-code={r.code}>
              {pick(r.text, lang)}
            </li>
          ))}
        </ul>
      )}
      {warned && v.official && (
        <div class="site-instead">
          <h3>{pick(T.useInstead, lang)}</h3>
          <ChannelCard channel={v.official} lang={lang} headingLevel={4} />
        </div>
      )}
      {v.level === 'official' && v.official && <ChannelLinks channel={v.official} lang={lang} />}
      {warned && v.regionHelp.length > 0 && (
        <div class="site-region-help">
          <h3>{pick(T.regionHelp, lang)}</h3>
          {v.regionHelp.map((h) => (
            <ChannelCard key={h.id} channel={h} lang={lang} headingLevel={4} />
          ))}
        </div>
      )}
    </section>
  );
}
