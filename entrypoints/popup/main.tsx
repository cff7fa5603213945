// Thin entry: reads the tab, the language and the region, and renders the popup (ui/popup).
import { render } from 'preact';
import regionHelpSource from 'virtual:registry-region-help';
import { askBackground } from '../../ui/ask-background';
import { langTag, t, uiLang } from '../../ui/i18n';
import { regionFromLocale } from '../../ui/lookup';
import { fetchTabVerdict, tabIdFromSearch } from '../../ui/popup/current-site';
import { PopupApp } from '../../ui/popup/popup-app';
// The styles come in the script rather than by a <link>: one request fewer to the browser process before the
// module may run (a pending stylesheet holds it back; docs/performance.md).
import popupStyles from './style.css?inline';

/** The tab the banner's "Details" named, else the active tab (no `tabs` permission needed for its id). */
async function currentTabId(): Promise<number | undefined> {
  const fromUrl = tabIdFromSearch(location.search);
  if (fromUrl !== undefined) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function loadVerdict() {
  const tabId = await currentTabId();
  return tabId === undefined ? null : fetchTabVerdict(tabId, askBackground);
}

// The whole index (names, pinyin, links: ~70 kB) is needed only once the person types or picks a category. It
// loads in a chunk of its own (with the intents and Han script tables the search needs), started now so it is
// usually in before the first keystroke; the first view renders from the few region-help entries bundled here (issue 6: first results within 100 ms of opening).
const registryIndex = import('../../ui/popup/popup-registry').then((m) => m.default);

const style = document.createElement('style');
style.textContent = popupStyles;
document.head.append(style);

const lang = uiLang();
document.documentElement.lang = langTag(lang);
// The <title> is "__MSG_extName__" so WXT puts a localised action title in the manifest; pages get no
// __MSG_ substitution, so the document title is set here.
document.title = t('extName');
render(
  <PopupApp
    index={registryIndex}
    help={regionHelpSource}
    lang={lang}
    // The browser's UI language, the one its messages follow (navigator.language is the page's Accept-Language).
    region={regionFromLocale(browser.i18n.getUILanguage())}
    loadVerdict={loadVerdict}
  />,
  document.getElementById('app')!,
);
