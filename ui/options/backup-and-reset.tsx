// Export the settings to a JSON file, import one (validated: a bad file changes nothing), and reset.
import { useState } from 'preact/hooks';
import { pick } from '../i18n';
import { exportSettings, importSettings } from '../../core/settings-file';
import type { UserSettings } from '../../core/settings-types';
import type { Lang, LocalText } from '../../core/types';

const T = {
  title: { en: 'Back up and reset', zh_CN: '备份与重置', zh_TW: '備份與重設' },
  export: { en: 'Export settings', zh_CN: '导出设置', zh_TW: '匯出設定' },
  import: { en: 'Import settings…', zh_CN: '导入设置…', zh_TW: '匯入設定…' },
  imported: { en: 'Settings imported.', zh_CN: '设置已导入。', zh_TW: '設定已匯入。' },
  unreadable: { en: 'That file could not be read. Nothing was changed.', zh_CN: '无法读取该文件。未做任何更改。', zh_TW: '無法讀取該檔案。未做任何變更。' },
  reset: { en: 'Reset to defaults…', zh_CN: '恢复默认设置…', zh_TW: '恢復預設設定…' },
  resetConfirm: {
    en: 'This forgets every trusted site and hidden page. Reset?',
    zh_CN: '这会清除所有信任的网站和已隐藏的页面。确定重置？',
    zh_TW: '這會清除所有信任的網站和已隱藏的頁面。確定重設？',
  },
  resetYes: { en: 'Yes, reset', zh_CN: '确定重置', zh_TW: '確定重設' },
  cancel: { en: 'Cancel', zh_CN: '取消', zh_TW: '取消' },
  resetDone: { en: 'Settings reset.', zh_CN: '设置已重置。', zh_TW: '設定已重設。' },
} satisfies Record<string, LocalText>;

type Status = { kind: 'ok' | 'error'; text: LocalText } | null;

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
      return setStatus({ kind: 'error', text: T.unreadable });
    }
    const result = importSettings(text);
    if (!result.ok) return setStatus({ kind: 'error', text: result.error });
    await props.onReplace(result.settings);
    setStatus({ kind: 'ok', text: T.imported });
  };

  return (
    <section id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{pick(T.title, lang)}</h2>
      <div class="buttons">
        <button type="button" id="export-settings" onClick={download}>
          {pick(T.export, lang)}
        </button>
        <label class="button" for="import-settings">
          {pick(T.import, lang)}
        </label>
        <input id="import-settings" class="visually-hidden" type="file" accept="application/json,.json" onChange={onFile} />
        {!confirming && (
          <button type="button" id="reset-settings" onClick={() => setConfirming(true)}>
            {pick(T.reset, lang)}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">{pick(T.resetConfirm, lang)}</p>
          <button
            type="button"
            id="reset-yes"
            class="danger"
            onClick={async () => {
              setConfirming(false);
              await props.onReset();
              setStatus({ kind: 'ok', text: T.resetDone });
            }}
          >
            {pick(T.resetYes, lang)}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {pick(T.cancel, lang)}
          </button>
        </div>
      )}
      {status && (
        <p id="backup-status" class={status.kind} role={status.kind === 'error' ? 'alert' : 'status'}>
          {pick(status.text, lang)}
        </p>
      )}
    </section>
  );
}
