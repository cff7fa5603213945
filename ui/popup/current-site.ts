// Which verdict the popup's current-site card shows. Two questions go to the background (protocol/messages.ts):
// `get-tab-site` (the site verdict for the tab's URL, even on a quiet page) and `get-tab-verdict` (the verdict
// the judge gave the page's ID request). The more serious answer wins, so a warned page never shows as quiet.
import type { UiMessage, Replies } from '../../protocol/messages';
import type { Level, Verdict } from '../../core/types';

export type SendUi = <M extends UiMessage>(message: M) => Promise<Replies[M['type']]>;

const SEVERITY: Record<Level, number> = { none: 0, official: 1, caution: 2, danger: 3 };

/** The more serious of two verdicts; on a tie the site verdict (it is the fresher reading of the URL). */
export function pickVerdict(site: Verdict | null, page: Verdict | null): Verdict | null {
  if (!site) return page;
  if (!page) return site;
  return SEVERITY[page.level] > SEVERITY[site.level] ? page : site;
}

function isVerdict(v: unknown): v is Verdict {
  return typeof v === 'object' && v !== null && typeof (v as Verdict).level === 'string' && (v as Verdict).level in SEVERITY;
}

/**
 * The verdict for a tab, or null when there is none (a quiet page, a browser page). Throws only when the
 * background answered neither question.
 */
export async function fetchTabVerdict(tabId: number, send: SendUi): Promise<Verdict | null> {
  const [site, page] = await Promise.allSettled([send({ type: 'get-tab-site', tabId }), send({ type: 'get-tab-verdict', tabId })]);
  if (site.status === 'rejected' && page.status === 'rejected') throw site.reason;
  const value = (r: PromiseSettledResult<unknown>) => (r.status === 'fulfilled' && isVerdict(r.value) ? r.value : null);
  return pickVerdict(value(site), value(page));
}

/** `popup.html?tabId=12` (the banner's "Details" opens that) → 12. */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : undefined;
}
