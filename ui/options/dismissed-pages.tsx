// Pages where the person hid the banner ("Hide on this page"). Removing one brings the warning back there.
import { t } from '../i18n';
import type { Lang } from '../../core/types';


export function DismissedPages(props: { pages: string[]; lang: Lang; onRemove(page: string): void }) {
  const { pages, lang } = props;
  return (
    <section id="dismissed-pages" aria-labelledby="dismissed-title">
      <h2 id="dismissed-title">{t('dismissedTitle')}</h2>
      {pages.length === 0 ? (
        <p class="empty">{t('dismissedEmpty')}</p>
      ) : (
        <ul class="rows">
          {pages.map((p) => (
            <li key={p} data-page={p}>
              <span class="main url">{p}</span>
              <button type="button" onClick={() => props.onRemove(p)} aria-label={`${t('dismissedRemove')}: ${p}`}>
                {t('dismissedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
