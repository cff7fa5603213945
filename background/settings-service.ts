// Settings in the background: the banner's "Trust this site" / "Hide on this page" (the site and page come from
// `sender.url`, never from the message), and the policy the judge reads for each decision.
import { DEFAULT_SETTINGS, EMPTY_POLICY, type JudgePolicy, type ManagedPolicy } from '../core/settings-types';
import { pageKey } from '../core/domain';
import { addDismissedPage, addTrustedSite, judgePolicyFrom, SETTINGS_KEY, siteToTrust } from '../core/settings';
import { getSettings, readManagedPolicy, updateSettings } from '../storage/settings-store';
import { handle } from './messenger';
import { setTabVerdict } from './tab-verdicts';

const SETTINGS_STORAGE_KEY = SETTINGS_KEY.slice('local:'.length);

/** Cached between messages; dropped whenever the settings or the managed policy change. */
let policy: Promise<JudgePolicy> | null = null;

/**
 * How long a decision waits for the managed policy. Chromium's first `storage.managed.get` in a fresh service
 * worker can take seconds even with no policy installed (docs/performance.md), which would delay the first
 * warning after a browser start by as long. The read starts when the worker starts; a decision that comes before
 * it finishes goes ahead without the policy (its extra official / blocked domains apply from the next one).
 */
const MANAGED_WAIT_MS = 150;
let managedPolicy: ManagedPolicy | null = null;
let managedRead: Promise<ManagedPolicy> | null = null;

function startManagedRead(): Promise<ManagedPolicy> {
  managedRead ??= readManagedPolicy().then((m) => (managedPolicy = m));
  return managedRead;
}

async function currentManagedPolicy(): Promise<ManagedPolicy> {
  if (managedPolicy) return managedPolicy;
  const timeout = new Promise<ManagedPolicy>((r) => setTimeout(() => r(EMPTY_POLICY), MANAGED_WAIT_MS));
  return Promise.race([startManagedRead(), timeout]);
}

export function startSettingsService(): void {
  void startManagedRead();
  handle('trust-sender-site', async (_message, sender) => {
    const domain = sender.url ? siteToTrust(sender.url) : null;
    if (!domain) throw new Error('trust-sender-site: the sender has no web address to trust');
    await updateSettings((s) => addTrustedSite(s, domain, 'banner', Date.now()));
    // The person just said this site is fine: the badge's warning for the tab no longer applies.
    if (sender.tab?.id != null && sender.frameId === 0) setTabVerdict(sender.tab.id, null);
    return null;
  });
  handle('dismiss-sender-page', async (_message, sender) => {
    if (!sender.url || !(await dismissPage(sender.url))) throw new Error('dismiss-sender-page: the sender has no web address');
    return null;
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') {
      managedPolicy = null;
      managedRead = null;
      void startManagedRead();
    }
    if (area === 'managed' || (area === 'local' && SETTINGS_STORAGE_KEY in changes)) policy = null;
  });
}

/** Hides the warning on the page of `url` (origin + path), as "Hide on this page" does. False for a URL with no page. */
export async function dismissPage(url: string): Promise<boolean> {
  const key = pageKey(url);
  if (!key) return false;
  await updateSettings((s) => addDismissedPage(s, key));
  return true;
}

/** What the judge needs from the person's settings and the managed policy. Never rejects. */
export async function getJudgePolicy(): Promise<JudgePolicy> {
  const p = (policy ??= Promise.all([getSettings(), currentManagedPolicy()]).then(([s, managed]) => judgePolicyFrom(s, managed)));
  try {
    const result = await p;
    // Decided without the managed policy (still loading): don't keep that answer for the next decision.
    if (policy === p && !managedPolicy) policy = null;
    return result;
  } catch {
    // Storage failed (quota, profile shutting down): judge with the defaults now and try again next message.
    if (policy === p) policy = null;
    return judgePolicyFrom(DEFAULT_SETTINGS, EMPTY_POLICY);
  }
}
