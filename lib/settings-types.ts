// What the person (and an administrator's managed policy) decided. Owned by the settings work (issue 7).

export type Sensitivity = 'standard' | 'strict';

export interface UserSettings {
  /** Registrable domains the person trusted from the banner or the options page. */
  trustedSites: string[];
  /** Page URLs (origin + path) where the person dismissed the banner. */
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
  trustedSites: string[];
  sensitivity: Sensitivity;
  managed: ManagedPolicy;
}

export const DEFAULT_SETTINGS: UserSettings = { trustedSites: [], dismissedPages: [], sensitivity: 'standard' };
export const EMPTY_POLICY: ManagedPolicy = { officialDomains: [], blockedDomains: [] };
