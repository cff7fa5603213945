// Options page entry: thin, renders ui/options in the browser's UI language.
import { render } from 'preact';
import { OptionsPage } from '../../ui/options/options-page';
import '../../ui/options/options.css';
import { uiLang } from '../../ui/i18n';

render(<OptionsPage lang={uiLang()} />, document.getElementById('app')!);
