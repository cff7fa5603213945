// The one message protocol of the extension, named by direction (after Dark Reader's src/utils/message.ts).
// The background derives the site from `sender` for every content message: nothing in a message says which
// site it came from, so a page cannot claim to be 10086.cn.
import type { PageSignals, Verdict } from '../core/types';

/** Content script → background. */
export type ContentMessage =
  /** The page has cues; reply: the Verdict for the sender's page. */
  | { type: 'page-signals'; signals: PageSignals }
  /** The page (after an SPA navigation) has no cues any more; reply: null. Clears the tab's badge. */
  | { type: 'page-quiet' }
  /** "Trust this site" from the banner; the site is the sender's. Reply: null. */
  | { type: 'trust-sender-site' }
  /** "Details" from the banner: open the popup's view of the verdict. Reply: null. */
  | { type: 'open-details' }
  /** "Hide on this page" from the banner; the page (origin + path) is the sender's. Reply: null. */
  | { type: 'dismiss-sender-page' }
  /** The sender's page kept removing, hiding or covering the warning: take its tab to the extension's warning
   * page (the tab and page are the sender's). Reply: null. */
  | { type: 'warning-attacked' };

/** Popup / options → background. */
export type UiMessage =
  /** The verdict of a tab, or null when the page had no cues and is not official. */
  | { type: 'get-tab-verdict'; tabId: number }
  /** Site verdict for a tab's current URL even when its page had no cues (popup's current-site card). */
  | { type: 'get-tab-site'; tabId: number }
  /** From the extension's warning page (interstitial.html): what its tab was taken away from. */
  | { type: 'get-interstitial' }
  /** "Continue anyway" on the warning page: back to the page, with the warning hidden on that page. Reply: null. */
  | { type: 'interstitial-continue' };

/** What the warning page shows: the page that fought the warning, and that page's verdict. */
export interface Interstitial {
  url: string;
  verdict: Verdict;
}

export type Message = ContentMessage | UiMessage;

/** Reply types, by message type. */
export interface Replies {
  'page-signals': Verdict;
  'page-quiet': null;
  'trust-sender-site': null;
  'open-details': null;
  'dismiss-sender-page': null;
  'warning-attacked': null;
  'get-interstitial': Interstitial | null;
  'interstitial-continue': null;
  'get-tab-verdict': Verdict | null;
  'get-tab-site': Verdict | null;
}
