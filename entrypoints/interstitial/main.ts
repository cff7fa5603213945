// Thin entry of the extension's warning page (background/interstitial.ts takes a tab here): asks the background
// what the tab was taken away from and renders ui/interstitial.
import { officialUrl } from '../../core/channel-links';
import { askBackground } from '../../ui/ask-background';
import { uiLang } from '../../ui/i18n';
import { renderInterstitial } from '../../ui/interstitial/interstitial-view';

const HTML_LANG = { en: 'en', zh_CN: 'zh-Hans', zh_TW: 'zh-Hant' } as const;

async function main(): Promise<void> {
  const lang = uiLang();
  document.documentElement.lang = HTML_LANG[lang];
  const page = await askBackground({ type: 'get-interstitial' }).catch(() => null);
  const app = document.getElementById('app')!;
  renderInterstitial(app, page, lang, {
    back() {
      // The tab's history is [..., the page before, the page that fought, this page]: skip the one that fought.
      if (history.length > 2) history.go(-2);
      else {
        const official = page ? officialUrl(page.verdict) : null;
        if (official) location.replace(official);
        else
          void browser.tabs.getCurrent().then((t) => {
            if (t?.id != null) void browser.tabs.remove(t.id);
          });
      }
    },
    continueAnyway() {
      void askBackground({ type: 'interstitial-continue' }).catch(() => {});
    },
  });
  document.title = app.querySelector('h1')?.textContent ?? document.title;
}

void main();
