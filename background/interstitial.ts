// The extension's own warning page (interstitial.html), for a page that kept removing, hiding or covering ID
// Guard's warning: like a browser's "Deceptive site ahead", it lives in the extension's origin, which the site
// cannot script. The tab and the page come from the sender, never from the message; tabs.update of the sender's
// own tab needs no "tabs" permission.
import type { Browser } from 'wxt/browser';
import type { Interstitial } from '../protocol/messages';
import { handle } from './messenger';
import { dismissPage } from './settings-service';
import { getTabState } from './tab-verdicts';

export const INTERSTITIAL_PAGE = '/interstitial.html';

/** Per tab: the page the tab was taken away from, and its verdict (kept for "Continue anyway"). */
const taken = new Map<number, Interstitial>();

function interstitialUrl(): string {
  return browser.runtime.getURL(INTERSTITIAL_PAGE);
}

/** The tab of a message sent by the warning page itself (not by a web page, the popup or the options page). */
function interstitialTab(sender: Browser.runtime.MessageSender): number | null {
  const tabId = sender.tab?.id;
  if (tabId == null || tabId < 0 || !sender.url) return null;
  return sender.url.split(/[?#]/)[0] === interstitialUrl() ? tabId : null;
}

/** The host of a web URL, or null. */
function webHost(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

export function startInterstitial(): void {
  handle('warning-attacked', async (_message, sender) => {
    const tabId = sender.tab?.id;
    // The whole tab is taken only for its top page; a frame fighting its own banner keeps being repaired.
    if (tabId == null || tabId < 0 || sender.frameId !== 0) throw new Error('warning-attacked: not from a tab\'s top page');
    const host = webHost(sender.url);
    const state = await getTabState(tabId);
    const verdict = state?.verdict;
    // Only a page we are warning about can be taken away: the tab's verdict is for this host and still warns.
    if (!host || !verdict || webHost(state.url) !== host || verdict.dismissed || (verdict.level !== 'caution' && verdict.level !== 'danger')) {
      throw new Error('warning-attacked: the sender\'s page is not warned');
    }
    taken.set(tabId, { url: sender.url!, verdict });
    await browser.tabs.update(tabId, { url: interstitialUrl() });
    return null;
  });

  handle('get-interstitial', (_message, sender) => {
    const tabId = interstitialTab(sender);
    return tabId == null ? null : (taken.get(tabId) ?? null);
  });

  handle('interstitial-continue', async (_message, sender) => {
    const tabId = interstitialTab(sender);
    const page = tabId == null ? undefined : taken.get(tabId);
    if (tabId == null || !page) throw new Error('interstitial-continue: no page was taken from this tab');
    // Hidden on that page only, as "Hide on this page" (revocable in the options page); the tab goes back to it.
    await dismissPage(page.url);
    taken.delete(tabId);
    await browser.tabs.update(tabId, { url: page.url });
    return null;
  });

  browser.tabs.onRemoved.addListener((tabId) => taken.delete(tabId));
}
