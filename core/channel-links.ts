// Where a warning sends a person: the official channel's best page and the report channel, from a verdict. Shared
// by the banner (kit/) and the extension's warning page (ui/interstitial). Pure.
import type { Verdict } from './types';

/** Only https links leave a warning (the verdict comes from our background, but a bad registry row must not turn
 * into a javascript: link in someone's page). */
export function safeHttps(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Where "Report" goes: the region's report channel first, else the impersonated organisation's. */
export function reportUrl(v: Verdict): string | null {
  for (const r of v.regionHelp) if (safeHttps(r.report)) return r.report!;
  return safeHttps(v.official?.report);
}

/** The official channel's best page: its real-name page when it has one, else its website. */
export function officialUrl(v: Verdict): string | null {
  return safeHttps(v.official?.realName) ?? safeHttps(v.official?.website);
}
