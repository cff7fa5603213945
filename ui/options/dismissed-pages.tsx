// Pages where the person hid the banner ("Hide on this page"). Removing one brings the warning back there.
import { pick } from '../i18n';
import type { Lang, LocalText } from '../../core/types';

const T = {
  title: { en: 'Pages where you hid the warning', zh_CN: '已隐藏警告的页面', zh_TW: '已隱藏警告的頁面' },
  empty: { en: 'None.', zh_CN: '无。', zh_TW: '無。' },
  remove: { en: 'Show warnings again', zh_CN: '恢复警告', zh_TW: '恢復警告' },
} satisfies Record<string, LocalText>;

export function DismissedPages(props: { pages: string[]; lang: Lang; onRemove(page: string): void }) {
  const { pages, lang } = props;
  return (
    <section id="dismissed-pages" aria-labelledby="dismissed-title">
      <h2 id="dismissed-title">{pick(T.title, lang)}</h2>
      {pages.length === 0 ? (
        <p class="empty">{pick(T.empty, lang)}</p>
      ) : (
        <ul class="rows">
          {pages.map((p) => (
            <li key={p} data-page={p}>
              <span class="main url">{p}</span>
              <button type="button" onClick={() => props.onRemove(p)} aria-label={`${pick(T.remove, lang)}: ${p}`}>
                {pick(T.remove, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
