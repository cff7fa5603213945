// What the person's organisation set (managed storage): shown read-only, only when there is something to show.
import { t } from '../i18n';
import type { ManagedPolicy } from '../../core/settings-types';
import type { Lang, MessageKey } from '../../core/types';


export function ManagedPolicyView(props: { policy: ManagedPolicy; lang: Lang }) {
  const { policy, lang } = props;
  if (!policy.officialDomains.length && !policy.blockedDomains.length) return null;
  const list = (id: string, title: MessageKey, domains: string[]) =>
    domains.length > 0 && (
      <div id={id}>
        <h3>{t(title)}</h3>
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
      <h2 id="managed-title">{t('managedTitle')}</h2>
      <p class="hint">{t('managedHint')}</p>
      {list('managed-official', 'managedOfficial', policy.officialDomains)}
      {list('managed-blocked', 'managedBlocked', policy.blockedDomains)}
    </section>
  );
}
