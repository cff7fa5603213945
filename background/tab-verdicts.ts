// The latest verdict per tab, shared by the judge (writes), the badge and the popup (read).
// Kept in memory and mirrored to storage.session (when the browser has it) so an MV3 service-worker
// restart does not forget the badge's reason.
import type { Verdict } from '../core/types';

type Listener = (tabId: number, verdict: Verdict | null) => void;
const verdicts = new Map<number, Verdict>();
const listeners: Listener[] = [];

export function onTabVerdict(listener: Listener): void {
  listeners.push(listener);
}

export function setTabVerdict(tabId: number, verdict: Verdict | null): void {
  if (verdict) verdicts.set(tabId, verdict);
  else verdicts.delete(tabId);
  for (const l of listeners) l(tabId, verdict);
}

export function getTabVerdict(tabId: number): Verdict | null {
  return verdicts.get(tabId) ?? null;
}

export function startTabVerdicts(): void {
  browser.tabs.onRemoved.addListener((tabId) => setTabVerdict(tabId, null));
}
