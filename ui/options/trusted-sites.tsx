// Trusted sites: each removable, and added by hand with validation. A trusted site gets no banner.
import { useState } from 'preact/hooks';
import { pick } from '../i18n';
import { parseSiteInput } from '../../core/settings';
import type { TrustedSite } from '../../core/settings-types';
import type { Lang, LocalText } from '../../core/types';

const T = {
  title: { en: 'Trusted sites', zh_CN: '信任的网站', zh_TW: '信任的網站' },
  intro: {
    en: 'ID Guard shows no warning on these sites. Remove a site if you are not sure you trust it.',
    zh_CN: '证件卫士不会在这些网站上显示警告。如果不确定是否可信，请移除。',
    zh_TW: '證件衛士不會在這些網站上顯示警告。如果不確定是否可信，請移除。',
  },
  empty: { en: 'No trusted sites.', zh_CN: '没有信任的网站。', zh_TW: '沒有信任的網站。' },
  remove: { en: 'Remove', zh_CN: '移除', zh_TW: '移除' },
  add: { en: 'Add', zh_CN: '添加', zh_TW: '新增' },
  addLabel: { en: 'Trust a site', zh_CN: '信任一个网站', zh_TW: '信任一個網站' },
  fromBanner: { en: 'trusted from a warning', zh_CN: '从警告中信任', zh_TW: '從警告中信任' },
  fromOptions: { en: 'added here', zh_CN: '在此添加', zh_TW: '在此新增' },
  fromUnknown: { en: 'added in an earlier version', zh_CN: '在旧版本中添加', zh_TW: '在舊版本中新增' },
} satisfies Record<string, LocalText>;

const FROM: Record<TrustedSite['from'], LocalText> = { banner: T.fromBanner, options: T.fromOptions, unknown: T.fromUnknown };

export function formatDate(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang.replace('_', '-'), { dateStyle: 'medium' }).format(ms);
}

export function TrustedSites(props: { sites: TrustedSite[]; lang: Lang; onAdd(domain: string): void; onRemove(domain: string): void }) {
  const { sites, lang } = props;
  const [input, setInput] = useState('');
  const [error, setError] = useState<LocalText | null>(null);
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
      <h2 id="trusted-title">{pick(T.title, lang)}</h2>
      <p class="hint">{pick(T.intro, lang)}</p>
      {sites.length === 0 ? (
        <p class="empty">{pick(T.empty, lang)}</p>
      ) : (
        <ul class="rows">
          {sites.map((s) => (
            <li key={s.domain} data-domain={s.domain}>
              <span class="main">{s.domain}</span>
              <span class="meta">
                {pick(FROM[s.from], lang)}
                {s.addedAt != null ? ` · ${formatDate(s.addedAt, lang)}` : ''}
              </span>
              <button type="button" onClick={() => props.onRemove(s.domain)} aria-label={`${pick(T.remove, lang)} ${s.domain}`}>
                {pick(T.remove, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add" onSubmit={submit}>
        <label for="trust-input">{pick(T.addLabel, lang)}</label>
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
        <button type="submit">{pick(T.add, lang)}</button>
      </form>
      {error && (
        <p id="trust-error" class="error" role="alert">
          {pick(error, lang)}
        </p>
      )}
    </section>
  );
}
