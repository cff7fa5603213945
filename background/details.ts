// "Details" from the banner: opens the popup's view of the sender tab's verdict in a new tab. The tab comes from
// the sender, so a page can only ask for details about itself. tabs.create needs no "tabs" permission.
import { handle } from './messenger';

export function detailsUrl(tabId: number): string {
  return browser.runtime.getURL('/popup.html') + `?tabId=${tabId}`;
}

export function startDetails(): void {
  handle('open-details', async (_msg, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) throw new Error('open-details: not sent from a tab');
    await browser.tabs.create({ url: detailsUrl(tabId), index: (sender.tab?.index ?? -1) + 1, openerTabId: tabId });
    return null;
  });
}
