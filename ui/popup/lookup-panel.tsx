// "Where is the real one?": a search over the bundled registry as the person types, and with an empty query the
// region's "numbers in your name" check and anti-fraud channel plus a browse by card type, each card type answered
// for the region (where to real-name it, safely). A query that names a card type gets that answer too. No network.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../core/types';
import { pick } from '../i18n';
import { BROWSE_GROUPS, CARD_TYPES, browseGroup, regionHelp, searchRegistry, type BrowseGroupId, type CardTypeId, type RegionHelpSource, type SearchIndex } from '../lookup';
import { cardAnswer, cardOfQuery } from '../card-answers';
import { CardAnswerView } from './card-answer';
import { ChannelCard } from './channel-card';
import { BROWSE_GROUP_LABELS, T } from './popup-text';

/** Marked once, when the first list of channels is in the DOM; scripts/bench-popup.ts reads it. */
export const FIRST_RESULTS_MARK = 'idg-first-results';

/** Moves focus between the first links of result cards with the arrow keys (Tab still walks every link). */
function onResultsKeyDown(e: KeyboardEvent, input: HTMLInputElement | null) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const list = e.currentTarget as HTMLElement;
  const firsts = [...list.querySelectorAll<HTMLElement>('.channel')].map((c) => c.querySelector<HTMLElement>('a, [tabindex]')).filter((a): a is HTMLElement => a !== null);
  const card = (document.activeElement as HTMLElement | null)?.closest('.channel');
  const at = firsts.findIndex((a) => a.closest('.channel') === card);
  const next = at + (e.key === 'ArrowDown' ? 1 : -1);
  e.preventDefault();
  if (next < 0) input?.focus();
  else firsts[Math.min(next, firsts.length - 1)]?.focus();
}

/** The index as given, or null until a promised one has loaded. */
function useLoadedIndex(index: SearchIndex | Promise<SearchIndex>): SearchIndex | null {
  const [loaded, setLoaded] = useState<SearchIndex | null>(index instanceof Promise ? null : index);
  useEffect(() => {
    if (!(index instanceof Promise)) {
      setLoaded(index);
      return;
    }
    let live = true;
    index.then(
      (i) => live && setLoaded(i),
      (e) => console.error('ID Guard: the registry index did not load', e),
    );
    return () => {
      live = false;
    };
  }, [index]);
  return loaded;
}

export interface LookupPanelProps {
  /** The registry index, or a promise of it (the popup loads it after its first view: entrypoints/popup/main.tsx). */
  index: SearchIndex | Promise<SearchIndex>;
  /**
   * What the empty-query region help chooses from (ui/lookup.ts regionHelpSource), so it shows before a promised
   * index has loaded. Default: the index.
   */
  help?: RegionHelpSource;
  lang: Lang;
  region: string | undefined;
}

export function LookupPanel({ index: indexOrPromise, help: helpSource, lang, region }: LookupPanelProps) {
  const index = useLoadedIndex(indexOrPromise);
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState<BrowseGroupId | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const marked = useRef(false);

  const results = useMemo(() => (query.trim() && index ? searchRegistry(query, index, { lang, region }) : []), [query, index, lang, region]);
  const help = useMemo(() => {
    const source = helpSource ?? index;
    return source ? regionHelp(source, region) : {};
  }, [helpSource, index, region]);
  const browsed = useMemo(() => (group && index ? browseGroup(index, group, region) : []), [index, group, region]);
  const asked = useMemo(() => (query.trim() && index ? cardOfQuery(query, results, index, { lang, region }) : undefined), [query, results, index, lang, region]);
  const askedAnswer = useMemo(() => (asked && index ? cardAnswer(index, asked.card, asked.region) : undefined), [asked, index]);
  const groupCard = CARD_TYPES.find((c) => c.id === group)?.id as CardTypeId | undefined;
  const groupAnswer = useMemo(() => (groupCard && index ? cardAnswer(index, groupCard, region) : undefined), [groupCard, index, region]);

  useLayoutEffect(() => {
    if (marked.current) return;
    marked.current = true;
    performance.mark(FIRST_RESULTS_MARK);
  }, []);

  const focusFirstResult = () => resultsRef.current?.querySelector<HTMLElement>('.channel a')?.focus();

  const onInputKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || (e.key === 'Enter' && query.trim())) {
      e.preventDefault();
      focusFirstResult();
    } else if (e.key === 'Escape' && query) {
      // Esc clears the search first; a second Esc closes the popup as usual.
      e.preventDefault();
      setQuery('');
    }
  };

  const searching = query.trim().length > 0;
  // Typed (or a category picked) in the few milliseconds before the index is in: say nothing rather than "Nothing found".
  const waiting = index === null;
  const helpCards = [help.numbersCheck, help.antiFraud].filter((e) => e !== undefined);

  return (
    <section class="lookup" aria-labelledby="lookup-heading">
      <h2 id="lookup-heading">{pick(T.lookupHeading, lang)}</h2>
      <label for="lookup-query" class="lookup-label">
        {pick(T.searchLabel, lang)}
      </label>
      <input
        ref={input}
        id="lookup-query"
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={pick(T.searchPlaceholder, lang)}
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onInputKeyDown}
        aria-describedby="lookup-count"
        aria-controls="lookup-results"
      />
      <p id="lookup-count" class="sr-only" aria-live="polite">
        {searching && !waiting ? (results.length ? `${results.length} ${pick(T.results, lang)}` : pick(T.noResults, lang)) : ''}
      </p>
      <div id="lookup-results" ref={resultsRef} aria-busy={waiting && (searching || group !== null)} onKeyDown={(e) => onResultsKeyDown(e, input.current)}>
        {searching ? (
          waiting ? null : (
            <>
              {askedAnswer && <CardAnswerView answer={askedAnswer} lang={lang} showIssuers={false} />}
              {results.length ? (
                <ul class="results" data-testid="results">
                  {results.map((r) => (
                    <li key={r.entry.id}>
                      <ChannelCard channel={r.entry} lang={lang} />
                    </li>
                  ))}
                </ul>
              ) : (
                !askedAnswer && <p class="no-results">{pick(T.noResults, lang)}</p>
              )}
            </>
          )
        ) : (
          <>
            {helpCards.length > 0 && (
              <div class="region-help">
                <h3 class="subheading">{pick(T.inYourRegion, lang)}</h3>
                <ul class="results" data-testid="region-help">
                  {helpCards.map((e) => (
                    <li key={e.id}>
                      <ChannelCard channel={e} lang={lang} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <h3 class="subheading" id="browse-heading">
              {pick(T.browseHeading, lang)}
            </h3>
            <div class="browse" role="group" aria-labelledby="browse-heading">
              {BROWSE_GROUPS.map((g) => (
                <button
                  key={g.id}
                  type="button"
                  class="chip"
                  data-group={g.id}
                  aria-pressed={group === g.id}
                  onClick={() => setGroup(group === g.id ? null : g.id)}
                >
                  {pick(BROWSE_GROUP_LABELS[g.id], lang)}
                </button>
              ))}
            </div>
            {groupAnswer && <CardAnswerView answer={groupAnswer} lang={lang} />}
            {group && !groupCard && index && (
              <ul class="results" data-testid="browse-results">
                {browsed.map((e) => (
                  <li key={e.id}>
                    <ChannelCard channel={e} lang={lang} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
