// Standard or strict: strict also warns when a page only talks about ID documents, with no upload on the page.
import { pick } from '../i18n';
import type { Sensitivity } from '../../core/settings-types';
import type { Lang, LocalText } from '../../core/types';

const T = {
  title: { en: 'How careful', zh_CN: '提醒程度', zh_TW: '提醒程度' },
  standard: { en: 'Standard', zh_CN: '标准', zh_TW: '標準' },
  standardHint: {
    en: 'Warn when a site that is not official asks you to upload or scan an ID, or type an ID number.',
    zh_CN: '当非官方网站要求上传或扫描证件、或填写证件号码时提醒。',
    zh_TW: '當非官方網站要求上傳或掃描證件、或填寫證件號碼時提醒。',
  },
  strict: { en: 'Strict', zh_CN: '严格', zh_TW: '嚴格' },
  strictHint: {
    en: 'Also warn when such a site only talks about ID documents or real-name checks, even with nothing to upload yet.',
    zh_CN: '当此类网站只是提到证件或实名认证（尚无上传）时也提醒。',
    zh_TW: '當此類網站只是提到證件或實名認證（尚無上傳）時也提醒。',
  },
} satisfies Record<string, LocalText>;

const CHOICES: { value: Sensitivity; label: LocalText; hint: LocalText }[] = [
  { value: 'standard', label: T.standard, hint: T.standardHint },
  { value: 'strict', label: T.strict, hint: T.strictHint },
];

export function SensitivityChoice(props: { value: Sensitivity; lang: Lang; onChange(value: Sensitivity): void }) {
  const { lang } = props;
  return (
    <section id="sensitivity">
      <fieldset>
        <legend>
          <h2>{pick(T.title, lang)}</h2>
        </legend>
        {CHOICES.map((c) => (
          <label key={c.value} class="choice">
            <input type="radio" name="sensitivity" value={c.value} checked={props.value === c.value} onChange={() => props.onChange(c.value)} />
            <span>
              <strong>{pick(c.label, lang)}</strong>
              <span class="hint">{pick(c.hint, lang)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
