// What the person (and an administrator's managed policy) decided. Owned by the settings work (issue 7).
// Stored by core/settings.ts as one versioned storage item; see its migrations for how older shapes upgrade.

export type Sensitivity = 'standard' | 'strict';

/** How a site came to be trusted. `unknown`: trusted before version 2 of the settings recorded it. */
export type TrustedFrom = 'banner' | 'options' | 'unknown';

export interface TrustedSite {
  /** Registrable domain in ASCII (punycode, as `URL.hostname` gives it), lower case, e.g. `example.com`. */
  domain: string;
  /** When it was trusted (ms since epoch); null when the settings that recorded it predate version 2. */
  addedAt: number | null;
  from: TrustedFrom;
}

/** Settings version 1 (extension 0.1.0): trusted sites were bare domain strings. */
export interface UserSettingsV1 {
  /** Registrable domains the person trusted from the banner or the options page. */
  trustedSites: string[];
  /** Page URLs (origin + path) where the person dismissed the banner. */
  dismissedPages: string[];
  /** `strict` also warns on ID wording with no upload control. */
  sensitivity: Sensitivity;
}

/**
 * Settings version 2 (current): each trusted site records when and from where it was trusted, so the options page
 * can show "trusted from the warning banner on 3 May" — a person reviewing the list needs to know which entries
 * they added on purpose and which came from a click on a warning.
 */
export interface UserSettings {
  trustedSites: TrustedSite[];
  /** Page URLs (origin + path, no query or fragment) where the person dismissed the banner. */
  dismissedPages: string[];
  /** `strict` also warns on ID wording with no upload control. */
  sensitivity: Sensitivity;
}

/** From managed storage (enterprise policy); read-only in the UI. */
export interface ManagedPolicy {
  /** Extra official domains (the organisation's own KYC portal). */
  officialDomains: string[];
  /** Domains always warned on when they ask for ID. */
  blockedDomains: string[];
}

/** What the judge needs from settings for one decision. */
export interface JudgePolicy {
  /** ASCII registrable domains (see TrustedSite.domain). */
  trustedSites: string[];
  sensitivity: Sensitivity;
  managed: ManagedPolicy;
  /** Origin + path of pages where the person dismissed the banner (see core/settings.ts `pageKey`). */
  dismissedPages?: string[];
}

export const DEFAULT_SETTINGS: UserSettings = { trustedSites: [], dismissedPages: [], sensitivity: 'standard' };
export const EMPTY_POLICY: ManagedPolicy = { officialDomains: [], blockedDomains: [] };
