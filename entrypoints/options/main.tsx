// Options page entry: thin, renders components/options in the browser's UI language.
import { render } from 'preact';
import { OptionsPage } from '../../components/options/options-page';
import '../../components/options/options.css';
import { uiLang } from '../../lib/i18n';

render(<OptionsPage lang={uiLang()} />, document.getElementById('app')!);
