// What the person's organisation set (managed storage): shown read-only, only when there is something to show.
import { pick } from '../i18n';
import type { ManagedPolicy } from '../../core/settings-types';
import type { Lang, LocalText } from '../../core/types';

const T = {
  title: { en: 'Set by your organisation', zh_CN: '由你的单位设置', zh_TW: '由你的機構設定' },
  hint: {
    en: 'Your administrator manages these lists; you cannot change them here.',
    zh_CN: '这些列表由管理员管理，无法在此更改。',
    zh_TW: '這些清單由管理員管理，無法在此變更。',
  },
  official: { en: 'Also official', zh_CN: '同样视为官方', zh_TW: '同樣視為官方' },
  blocked: { en: 'Always warned on', zh_CN: '始终提醒', zh_TW: '始終提醒' },
} satisfies Record<string, LocalText>;

export function ManagedPolicyView(props: { policy: ManagedPolicy; lang: Lang }) {
  const { policy, lang } = props;
  if (!policy.officialDomains.length && !policy.blockedDomains.length) return null;
  const list = (id: string, title: LocalText, domains: string[]) =>
    domains.length > 0 && (
      <div id={id}>
        <h3>{pick(title, lang)}</h3>
        <ul class="rows readonly">
          {domains.map((d) => (
            <li key={d} data-domain={d}>
              <span class="main">{d}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <section id="managed-policy" aria-labelledby="managed-title">
      <h2 id="managed-title">{pick(T.title, lang)}</h2>
      <p class="hint">{pick(T.hint, lang)}</p>
      {list('managed-official', T.official, policy.officialDomains)}
      {list('managed-blocked', T.blocked, policy.blockedDomains)}
    </section>
  );
}
