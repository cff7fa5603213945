// The options page: the person's settings (live: a site trusted from a banner in another tab appears at once)
// and the organisation's read-only policy.
import { useEffect, useState } from 'preact/hooks';
import { pick } from '../i18n';
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
import type { Lang, LocalText } from '../../core/types';
import { BackupAndReset } from './backup-and-reset';
import { DismissedPages } from './dismissed-pages';
import { ManagedPolicyView } from './managed-policy';
import { SensitivityChoice } from './sensitivity-choice';
import { TrustedSites } from './trusted-sites';

const T = {
  title: { en: 'ID Guard settings', zh_CN: '证件卫士设置', zh_TW: '證件衛士設定' },
  private: {
    en: 'Everything here stays in this browser. ID Guard sends nothing anywhere.',
    zh_CN: '这里的一切只保存在本浏览器中。证件卫士不会发送任何数据。',
    zh_TW: '這裡的一切只儲存在本瀏覽器中。證件衛士不會傳送任何資料。',
  },
  saveFailed: { en: 'Could not save the change. Try again.', zh_CN: '无法保存更改，请重试。', zh_TW: '無法儲存變更，請重試。' },
} satisfies Record<string, LocalText>;

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
    document.title = pick(T.title, lang);
    document.documentElement.lang = lang.replace('_', '-');
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
      <h1>{pick(T.title, lang)}</h1>
      <p class="hint">{pick(T.private, lang)}</p>
      {saveError && (
        <p class="error" role="alert">
          {pick(T.saveFailed, lang)}
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
