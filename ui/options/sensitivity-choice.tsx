// Standard or strict: strict also warns when a page only talks about ID documents, with no upload on the page.
import { t } from '../i18n';
import type { Sensitivity } from '../../core/settings-types';
import type { Lang, MessageKey } from '../../core/types';


const CHOICES: { value: Sensitivity; label: MessageKey; hint: MessageKey }[] = [
  { value: 'standard', label: 'sensitivityStandard', hint: 'sensitivityStandardHint' },
  { value: 'strict', label: 'sensitivityStrict', hint: 'sensitivityStrictHint' },
];

export function SensitivityChoice(props: { value: Sensitivity; lang: Lang; onChange(value: Sensitivity): void }) {
  const { lang } = props;
  return (
    <section id="sensitivity">
      <fieldset>
        <legend>
          <h2>{t('sensitivityTitle')}</h2>
        </legend>
        {CHOICES.map((c) => (
          <label key={c.value} class="choice">
            <input type="radio" name="sensitivity" value={c.value} checked={props.value === c.value} onChange={() => props.onChange(c.value)} />
            <span>
              <strong>{t(c.label)}</strong>
              <span class="hint">{t(c.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
