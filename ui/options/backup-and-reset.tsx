// Export the settings to a JSON file, import one (validated: a bad file changes nothing), and reset.
import { useState } from 'preact/hooks';
import { exportSettings, importSettings } from '../../core/settings-file';
import type { UserSettings } from '../../core/settings-types';
import { t, textOf, uiI18n } from '../i18n';
import type { Lang, UiText } from '../../core/types';


type Status = { kind: 'ok' | 'error'; text: UiText } | null;

export function BackupAndReset(props: { settings: UserSettings; lang: Lang; onReplace(s: UserSettings): Promise<void>; onReset(): Promise<void> }) {
  const { lang } = props;
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);

  const download = () => {
    const now = new Date();
    const blob = new Blob([exportSettings(props.settings, now)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `id-guard-settings-${now.toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setStatus({ kind: 'error', text: { msg: 'backupUnreadable' } });
    }
    const result = importSettings(text);
    if (!result.ok) return setStatus({ kind: 'error', text: result.error });
    await props.onReplace(result.settings);
    setStatus({ kind: 'ok', text: { msg: 'backupImported' } });
  };

  return (
    <section id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <div class="buttons">
        <button type="button" id="export-settings" onClick={download}>
          {t('backupExport')}
        </button>
        <label class="button" for="import-settings">
          {t('backupImport')}
        </label>
        <input id="import-settings" class="visually-hidden" type="file" accept="application/json,.json" onChange={onFile} />
        {!confirming && (
          <button type="button" id="reset-settings" onClick={() => setConfirming(true)}>
            {t('backupReset')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">{t('backupResetConfirm')}</p>
          <button
            type="button"
            id="reset-yes"
            class="danger"
            onClick={async () => {
              setConfirming(false);
              await props.onReset();
              setStatus({ kind: 'ok', text: { msg: 'backupResetDone' } });
            }}
          >
            {t('backupResetYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('backupCancel')}
          </button>
        </div>
      )}
      {status && (
        <p id="backup-status" class={status.kind} role={status.kind === 'error' ? 'alert' : 'status'}>
          {textOf(status.text, uiI18n())}
        </p>
      )}
    </section>
  );
}
