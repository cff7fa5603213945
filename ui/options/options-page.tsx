// The options page: the person's settings (live: a site trusted from a banner in another tab appears at once)
// and the organisation's read-only policy.
import { useEffect, useState } from 'preact/hooks';
import { langTag, t } from '../i18n';
import {
  addTrustedSite,
  normaliseSettings,
  removeDismissedPage,
  removeTrustedSite,
  setSensitivity,
} from '../../core/settings';
import {
  getSettings,
  readManagedPolicy,
  settingsItem,
  updateSettings,
} from '../../storage/settings-store';
import { DEFAULT_SETTINGS, EMPTY_POLICY, type ManagedPolicy, type UserSettings } from '../../core/settings-types';
import type { Lang } from '../../core/types';
import { BackupAndReset } from './backup-and-reset';
import { DismissedPages } from './dismissed-pages';
import { ManagedPolicyView } from './managed-policy';
import { SensitivityChoice } from './sensitivity-choice';
import { TrustedSites } from './trusted-sites';


export function OptionsPage(props: { lang: Lang }) {
  const { lang } = props;
  const [settings, setSettings] = useState<UserSettings | null>(null);
  const [managed, setManaged] = useState<ManagedPolicy>(EMPTY_POLICY);
  const [saveError, setSaveError] = useState(false);

  useEffect(() => {
    void getSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    void readManagedPolicy().then(setManaged);
    return settingsItem().watch((v) => setSettings(normaliseSettings(v)));
  }, []);

  useEffect(() => {
    document.title = t('optionsTitle');
    document.documentElement.lang = langTag(lang);
  }, [lang]);

  const edit = async (fn: (s: UserSettings) => UserSettings) => {
    try {
      setSettings(await updateSettings(fn));
      setSaveError(false);
    } catch {
      setSaveError(true);
    }
  };

  if (!settings) return <main aria-busy="true" />;
  return (
    <main data-ready="true">
      <h1>{t('optionsTitle')}</h1>
      <p class="hint">{t('optionsPrivate')}</p>
      {saveError && (
        <p class="error" role="alert">
          {t('optionsSaveFailed')}
        </p>
      )}
      <ManagedPolicyView policy={managed} lang={lang} />
      <TrustedSites
        sites={settings.trustedSites}
        lang={lang}
        onAdd={(d) => edit((s) => addTrustedSite(s, d, 'options', Date.now()))}
        onRemove={(d) => edit((s) => removeTrustedSite(s, d))}
      />
      <DismissedPages pages={settings.dismissedPages} lang={lang} onRemove={(p) => edit((s) => removeDismissedPage(s, p))} />
      <SensitivityChoice value={settings.sensitivity} lang={lang} onChange={(v) => edit((s) => setSensitivity(s, v))} />
      <BackupAndReset settings={settings} lang={lang} onReplace={(next) => edit(() => next)} onReset={() => edit(() => DEFAULT_SETTINGS)} />
    </main>
  );
}
