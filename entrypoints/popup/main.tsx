// Thin entry: reads the tab, the language and the region, and renders the popup (components/popup).
import { render } from 'preact';
import registryIndex from 'virtual:registry-index';
import { sendToBackground } from '../../lib/messages';
import { uiLang } from '../../lib/i18n';
import { regionFromLocale } from '../../lib/lookup';
import { fetchTabVerdict, tabIdFromSearch } from '../../components/popup/current-site';
import { PopupApp } from '../../components/popup/popup-app';
import './style.css';

const HTML_LANG = { en: 'en', zh_CN: 'zh-Hans', zh_TW: 'zh-Hant' } as const;

/** The tab the banner's "Details" named, else the active tab (no `tabs` permission needed for its id). */
async function currentTabId(): Promise<number | undefined> {
  const fromUrl = tabIdFromSearch(location.search);
  if (fromUrl !== undefined) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function loadVerdict() {
  const tabId = await currentTabId();
  return tabId === undefined ? null : fetchTabVerdict(tabId, sendToBackground);
}

const lang = uiLang();
document.documentElement.lang = HTML_LANG[lang];
// The <title> is "__MSG_extName__" so WXT puts a localised action title in the manifest; pages get no
// __MSG_ substitution, so the document title is set here.
document.title = browser.i18n.getMessage('extName') || 'ID Guard';
render(
  <PopupApp index={registryIndex} lang={lang} region={regionFromLocale(navigator.language)} loadVerdict={loadVerdict} />,
  document.getElementById('app')!,
);
