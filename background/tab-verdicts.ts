// The latest verdict per tab and the page URL it was made for, shared by the judge (writes), the badge and the
// popup (read).
//
// Chrome stops an idle MV3 service worker after about 30 seconds (Firefox unloads an idle event page likewise),
// and everything in memory goes with it, while the badge the browser keeps per tab stays. So the table is also
// saved to storage.session (in memory in the browser, kept across worker restarts, gone when the browser closes)
// a moment after each change, and read back when the worker starts: the popup asked after a restart says what the
// badge and the banner say (Privacy Badger's tabdata.js does the same with its per-tab data).
import type { Verdict } from '../core/types';

/** What the background keeps per tab. */
export interface TabState {
  verdict: Verdict;
  /** The top-frame URL the verdict was made for (sender.url): a verdict is dropped once the tab shows another page. */
  url: string;
}

/** storage.session key of the saved table: tab id → TabState. */
export const TAB_STATE_KEY = 'tabVerdicts';
/**
 * Changes within this many ms are saved together (a page re-sending on late content, several tabs loading). Far
 * below the ~30 s a worker must be idle before the browser stops it, so nothing waiting to be saved is lost then.
 */
export const SAVE_DEBOUNCE_MS = 250;

type Listener = (tabId: number, verdict: Verdict | null) => void;
const states = new Map<number, TabState>();
const listeners: Listener[] = [];
/** Tabs set or cleared since this worker started: what the saved table says about them is older. */
const changedHere = new Set<number>();
let restored: Promise<void> = Promise.resolve();
let saveTimer: ReturnType<typeof setTimeout> | undefined;

function session(): typeof browser.storage.session | undefined {
  try {
    return browser.storage?.session;
  } catch {
    return undefined;
  }
}

function save(): void {
  saveTimer = undefined;
  const table = Object.fromEntries([...states].map(([tabId, state]) => [String(tabId), state]));
  // A failed save only costs the popup's answer after a restart; never an error for the person.
  void session()?.set({ [TAB_STATE_KEY]: table }).catch(() => {});
}

function scheduleSave(): void {
  if (saveTimer === undefined) saveTimer = setTimeout(save, SAVE_DEBOUNCE_MS);
}

/** Reads the table saved before this worker started; tabs changed meanwhile keep their newer state. */
async function restore(): Promise<void> {
  const area = session();
  if (!area) return;
  let saved: unknown;
  try {
    saved = (await area.get(TAB_STATE_KEY))[TAB_STATE_KEY];
  } catch {
    return;
  }
  if (!saved || typeof saved !== 'object') return;
  for (const [key, value] of Object.entries(saved as Record<string, Partial<TabState>>)) {
    const tabId = Number(key);
    if (!Number.isInteger(tabId) || changedHere.has(tabId)) continue;
    if (value && typeof value.url === 'string' && value.verdict && typeof value.verdict === 'object') {
      states.set(tabId, { verdict: value.verdict, url: value.url });
    }
  }
}

export function onTabVerdict(listener: Listener): void {
  listeners.push(listener);
}

/** Sets (with the page URL it was made for) or clears a tab's verdict. */
export function setTabVerdict(tabId: number, verdict: Verdict | null, url = ''): void {
  changedHere.add(tabId);
  const had = states.delete(tabId);
  if (verdict) states.set(tabId, { verdict, url });
  if (verdict || had) scheduleSave();
  for (const l of listeners) l(tabId, verdict);
}

/** A tab's verdict and its URL, once the table saved before a worker restart has been read back. */
export async function getTabState(tabId: number): Promise<TabState | null> {
  await restored;
  return states.get(tabId) ?? null;
}

export function startTabVerdicts(): void {
  restored = restore();
  browser.tabs.onRemoved.addListener((tabId) => setTabVerdict(tabId, null));
}
