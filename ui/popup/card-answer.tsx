// The answer to "how do I real-name this card, safely?" for the person's region (ui/card-answers.ts): where the
// step is done, the region's issuers with their real-name pages, what a real issuer never does, and where to check
// the numbers in your name and report.
import type { Lang } from '../../core/types';
import { pick } from '../i18n';
import type { CardAnswer } from '../card-answers';
import { CARD_TYPES } from '../lookup';
import { ChannelCard } from './channel-card';
import { BROWSE_GROUP_LABELS, CARD_NEVER, CARD_STEPS, REGION_LABELS, T } from './popup-text';

export interface CardAnswerProps {
  answer: CardAnswer;
  lang: Lang;
  /** Off under a search, whose results below already are the region's issuers. */
  showIssuers?: boolean;
}

export function CardAnswerView({ answer, lang, showIssuers = true }: CardAnswerProps) {
  const region = answer.region ? REGION_LABELS[answer.region] : undefined;
  const hasIssuers = CARD_TYPES.some((c) => c.id === answer.card && c.categories.length > 0);
  const help = [answer.numbersCheck, answer.antiFraud].filter((e) => e !== undefined);
  const headingId = `card-answer-${answer.card}`;
  return (
    <article class="card-answer" data-testid="card-answer" data-card={answer.card} data-region={answer.region ?? ''} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {pick(BROWSE_GROUP_LABELS[answer.card], lang)}
        {region && <span class="tag tag-region">{pick(region, lang)}</span>}
      </h3>
      <h4>{pick(T.cardWhere, lang)}</h4>
      <ul class="card-steps">
        {CARD_STEPS[answer.card].map((step, i) => (
          <li key={i}>{pick(step, lang)}</li>
        ))}
      </ul>
      {showIssuers && hasIssuers &&
        (answer.issuers.length > 0 ? (
          <ul class="results card-issuers">
            {answer.issuers.map((e) => (
              <li key={e.id}>
                <ChannelCard channel={e} lang={lang} headingLevel={5} />
              </li>
            ))}
          </ul>
        ) : (
          <p class="card-no-issuer">{pick(T.cardNoIssuer, lang)}</p>
        ))}
      <h4>{pick(T.cardNever, lang)}</h4>
      <ul class="card-never">
        {CARD_NEVER.map((text, i) => (
          <li key={i}>{pick(text, lang)}</li>
        ))}
      </ul>
      {help.length > 0 && (
        <>
          <h4>{pick(T.regionHelp, lang)}</h4>
          <ul class="results card-help">
            {help.map((e) => (
              <li key={e.id}>
                <ChannelCard channel={e} lang={lang} headingLevel={5} />
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
