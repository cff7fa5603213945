// Trusted sites: each removable, and added by hand with validation. A trusted site gets no banner.
import { useState } from 'preact/hooks';
import { langTag, t, textOf, uiI18n } from '../i18n';
import { parseSiteInput } from '../../core/settings';
import type { TrustedSite } from '../../core/settings-types';
import type { Lang, MessageKey, UiText } from '../../core/types';


const FROM: Record<TrustedSite['from'], MessageKey> = { banner: 'trustedFromBanner', options: 'trustedFromOptions', unknown: 'trustedFromUnknown' };

export function formatDate(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(langTag(lang), { dateStyle: 'medium' }).format(ms);
}

export function TrustedSites(props: { sites: TrustedSite[]; lang: Lang; onAdd(domain: string): void; onRemove(domain: string): void }) {
  const { sites, lang } = props;
  const [input, setInput] = useState('');
  const [error, setError] = useState<UiText | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const parsed = parseSiteInput(input);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    setInput('');
    props.onAdd(parsed.domain);
  };
  return (
    <section id="trusted-sites" aria-labelledby="trusted-title">
      <h2 id="trusted-title">{t('trustedTitle')}</h2>
      <p class="hint">{t('trustedIntro')}</p>
      {sites.length === 0 ? (
        <p class="empty">{t('trustedEmpty')}</p>
      ) : (
        <ul class="rows">
          {sites.map((s) => (
            <li key={s.domain} data-domain={s.domain}>
              <span class="main">{s.domain}</span>
              <span class="meta">
                {t(FROM[s.from])}
                {s.addedAt != null ? ` · ${formatDate(s.addedAt, lang)}` : ''}
              </span>
              <button type="button" onClick={() => props.onRemove(s.domain)} aria-label={`${t('trustedRemove')} ${s.domain}`}>
                {t('trustedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add" onSubmit={submit}>
        <label for="trust-input">{t('trustedAddLabel')}</label>
        <input
          id="trust-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={input}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'trust-error' : undefined}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit">{t('trustedAdd')}</button>
      </form>
      {error && (
        <p id="trust-error" class="error" role="alert">
          {textOf(error, uiI18n())}
        </p>
      )}
    </section>
  );
}
