// The judge in the background: answers the content script's page-signals with a Verdict for the SENDER's page
// (sender.url / sender.tab, never anything the message says about itself), keeps the tab's verdict for the badge
// and popup, and answers the popup's questions about a tab.
//
// Clearing a tab's verdict when it navigates: seeing a tab's URL change needs the "tabs" permission (or
// webNavigation), which we do not ask for. Instead the verdict is replaced by the next page's page-signals,
// cleared by page-quiet (the sensor sends it after an SPA navigation to a page with no cues) and by
// tabs.onRemoved (background/tab-verdicts.ts); both browsers reset a tab's badge text and icon by themselves when
// the tab loads a new page. The popup's questions compare the stored verdict's URL with the tab's URL when the
// browser shows it (activeTab, granted when the person opens the popup) and drop a verdict left from another page.
import hanScripts from 'virtual:han-scripts-compact';
import popularDomains from 'virtual:popular-domains';
import registryIndex from 'virtual:registry-index';
import type { Browser } from 'wxt/browser';
import { MAX_BRAND_TEXT } from '../core/impersonation';
import { sanitiseLabel } from '../core/doc-names';
import { judgePage } from '../core/judge';
import { assessRequest } from '../core/id-request';
import { ID_NUMBER_NAMES } from '../core/id-number-names';
import type { IdNumberKind } from '../core/id-numbers';
import type { Cue, PageSignals, Verdict } from '../core/types';
import { handle } from './messenger';
import { getJudgePolicy } from './settings-service';
import { getTabState, setTabVerdict } from './tab-verdicts';

/** Bounds on what a (possibly hostile) page can make the judge read; the sensor sends far less. */
export const MAX_CUES = 200;
const MAX_EVIDENCE = 80;

/** Strips fragments: same page, different #anchor. */
function pageOf(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The kinds of ID number we have names for, at most 3 (a typed-number cue never carries the number itself). */
function knownIdKinds(kinds: unknown[]): IdNumberKind[] {
  return kinds.filter((k): k is IdNumberKind => typeof k === 'string' && Object.hasOwn(ID_NUMBER_NAMES, k)).slice(0, 3);
}

/** Keeps only well-formed fields of the page's message, bounded; never trusts its shape. */
export function sanitizeSignals(raw: unknown): PageSignals {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const cues: Cue[] = [];
  if (Array.isArray(s.cues)) {
    for (const c of s.cues.slice(0, MAX_CUES)) {
      if (!c || typeof c !== 'object' || typeof (c as Cue).kind !== 'string') continue;
      const cue = c as Cue;
      cues.push({
        kind: cue.kind,
        ...(typeof cue.doc === 'string' ? { doc: cue.doc } : {}),
        ...(typeof cue.evidence === 'string' ? { evidence: cue.evidence.slice(0, MAX_EVIDENCE) } : {}),
        ...(typeof cue.lang === 'string' ? { lang: cue.lang.slice(0, 16) } : {}),
        ...(cue.unrelated === true ? { unrelated: true } : {}),
        ...(typeof cue.label === 'string' && sanitiseLabel(cue.label) ? { label: sanitiseLabel(cue.label) } : {}),
        ...(Array.isArray(cue.idKinds) ? { idKinds: knownIdKinds(cue.idKinds) } : {}),
      });
    }
  }
  return {
    cues,
    brandText: typeof s.brandText === 'string' ? s.brandText.slice(0, MAX_BRAND_TEXT) : '',
    errors: typeof s.errors === 'number' && Number.isFinite(s.errors) ? s.errors : 0,
  };
}

/** Built on first use: the background may start for a popup question that never needs it. */
let popular: Set<string> | undefined;
const popularSet = () => (popular ??= new Set(popularDomains.split(' ')));

function uiLocale(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language;
  }
}

/** The verdict for a page URL from its signals and the person's current settings. */
export async function judgeUrl(url: string, signals: PageSignals): Promise<Verdict> {
  const policy = await getJudgePolicy();
  const request = assessRequest(signals.cues, { strict: policy.sensitivity === 'strict' });
  return judgePage({ url, signals, index: registryIndex, policy, request, uiLocale: uiLocale(), popular: popularSet(), han: hanScripts });
}

function isWebUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined; // closed tab, or no permission to see it
  }
}

/** The stored verdict, unless the tab now shows another page (when the browser lets us see its URL). */
async function currentTabVerdict(tabId: number): Promise<Verdict | null> {
  const stored = await getTabState(tabId);
  if (!stored) return null;
  const url = await tabUrl(tabId);
  if (url && stored.url && pageOf(url) !== pageOf(stored.url)) {
    setTabVerdict(tabId, null);
    return null;
  }
  return stored.verdict;
}

function senderPage(sender: Browser.runtime.MessageSender): { tabId: number; url: string; top: boolean } | null {
  const tabId = sender.tab?.id;
  // Only content scripts in a tab are judged: a message from an extension page or a worker has no tab.
  if (tabId == null || tabId < 0) return null;
  const url = sender.url ?? (sender.frameId === 0 ? sender.tab?.url : undefined);
  if (!isWebUrl(url)) return null;
  return { tabId, url, top: (sender.frameId ?? 0) === 0 };
}

export function startJudgeService(): void {
  handle('page-signals', async (message, sender) => {
    const page = senderPage(sender);
    if (!page) throw new Error('page-signals: only a web page in a tab can be judged');
    const verdict = await judgeUrl(page.url, sanitizeSignals(message.signals));
    // Only the top frame decides the tab's verdict (and badge); a frame gets its own answer for its banner.
    if (page.top) setTabVerdict(page.tabId, verdict, page.url);
    return verdict;
  });

  handle('page-quiet', (_message, sender) => {
    const page = senderPage(sender);
    if (page?.top) setTabVerdict(page.tabId, null);
    return null;
  });

  handle('get-tab-verdict', async (message) => {
    if (typeof message.tabId !== 'number') return null;
    return currentTabVerdict(message.tabId);
  });

  handle('get-tab-site', async (message) => {
    if (typeof message.tabId !== 'number') return null;
    const stored = await currentTabVerdict(message.tabId);
    if (stored) return stored;
    const url = await tabUrl(message.tabId);
    // No URL without activeTab (popup opened some other way): nothing to say about the site.
    if (!isWebUrl(url)) return null;
    return judgeUrl(url, { cues: [], brandText: '', errors: 0 });
  });
}
