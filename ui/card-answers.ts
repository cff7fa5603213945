// "How do I real-name my card, safely?" (the seed article's question), answered for one card type in one region:
// where the step is really done (that region's issuers in the registry, those with a real-name page first), and the
// region's "numbers in your name" check and fraud-report channel. Pure; the words (the steps, what a real issuer
// never does) are the popup's (ui/popup/card-answer.tsx), the organisations and links the registry's.
import type { IndexEntry } from '../core/registry-index';
import { CARD_TYPES, isHomeRegion, readQuery, regionHelp, type CardTypeId, type LookupOptions, type LookupResult, type SearchIndex } from './lookup';

export interface CardAnswer {
  card: CardTypeId;
  region: string | undefined;
  /** The region's issuers of this card (registry order, those with a real-name page first); none for membership and campus cards. */
  issuers: IndexEntry[];
  numbersCheck?: IndexEntry;
  antiFraud?: IndexEntry;
}

export function cardAnswer(index: SearchIndex, card: CardTypeId, region: string | undefined): CardAnswer {
  const categories: readonly string[] = CARD_TYPES.find((c) => c.id === card)?.categories ?? [];
  const issuers = region ? index.entries.filter((e) => categories.includes(e.category) && isHomeRegion(e.region, region)) : [];
  // The page where the real-name step is done is the link the person came for.
  issuers.sort((a, b) => Number(Boolean(b.realName)) - Number(Boolean(a.realName)));
  // Whatever the card, an ID handed to the wrong people shows up as numbers opened in your name: the check
  // belongs in every answer, beside the channel to report it.
  return { card, region, issuers, ...regionHelp(index, region) };
}

/**
 * The card type a query names whole or in a sentence ("电子身份证", "我要补卡", "kartu SIM"), and its region.
 * `results` are the query's search results: a query that names an organisation exactly ("China Mobile") is about
 * it, not about the card word inside it, as in searchRegistry.
 */
export function cardOfQuery(
  query: string,
  results: readonly LookupResult[],
  index: SearchIndex | null,
  opts: LookupOptions,
): { card: CardTypeId; region: string | undefined } | undefined {
  const reading = readQuery(query, opts, index);
  const named = results[0]?.match === 'exact';
  const card = reading.intents.find((m) => m.intent.card && !m.prefix && !(m.inside && named))?.intent.card;
  return card ? { card, region: reading.region } : undefined;
}
