// Settings in the background: the banner's "Trust this site" / "Hide on this page" (the site and page come from
// `sender.url`, never from the message), and the policy the judge reads for each decision.
import { DEFAULT_SETTINGS, EMPTY_POLICY, type JudgePolicy } from '../lib/settings-types';
import { addDismissedPage, addTrustedSite, getSettings, judgePolicyFrom, pageKey, readManagedPolicy, registrableDomain, SETTINGS_KEY, updateSettings } from '../lib/settings';
import { handle } from './messenger';
import { setTabVerdict } from './tab-verdicts';

const SETTINGS_STORAGE_KEY = SETTINGS_KEY.slice('local:'.length);

/** Cached between messages; dropped whenever the settings or the managed policy change. */
let policy: Promise<JudgePolicy> | null = null;

export function startSettingsService(): void {
  handle('trust-sender-site', async (_message, sender) => {
    const domain = sender.url ? registrableDomain(sender.url) : null;
    if (!domain) throw new Error('trust-sender-site: the sender has no web address to trust');
    await updateSettings((s) => addTrustedSite(s, domain, 'banner', Date.now()));
    // The person just said this site is fine: the badge's warning for the tab no longer applies.
    if (sender.tab?.id != null && sender.frameId === 0) setTabVerdict(sender.tab.id, null);
    return null;
  });
  handle('dismiss-sender-page', async (_message, sender) => {
    const key = sender.url ? pageKey(sender.url) : null;
    if (!key) throw new Error('dismiss-sender-page: the sender has no web address');
    await updateSettings((s) => addDismissedPage(s, key));
    return null;
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_STORAGE_KEY in changes)) policy = null;
  });
}

/** What the judge needs from the person's settings and the managed policy. Never rejects. */
export async function getJudgePolicy(): Promise<JudgePolicy> {
  const p = (policy ??= Promise.all([getSettings(), readManagedPolicy()]).then(([s, managed]) => judgePolicyFrom(s, managed)));
  try {
    return await p;
  } catch {
    // Storage failed (quota, profile shutting down): judge with the defaults now and try again next message.
    if (policy === p) policy = null;
    return judgePolicyFrom(DEFAULT_SETTINGS, EMPTY_POLICY);
  }
}
