// The person's settings: pure helpers that read and edit a settings value (the storage item that holds it is
// storage/settings-store.ts).
import { urlHostInfo } from './domain';
import type { LocalText } from './types';
import {
  DEFAULT_SETTINGS,
  type JudgePolicy,
  type ManagedPolicy,
  type Sensitivity,
  type TrustedFrom,
  type TrustedSite,
  type UserSettings,
  type UserSettingsV1,
} from './settings-types';

export const SETTINGS_KEY = 'local:settings' as const;
/** Bump together with a new entry in `SETTINGS_MIGRATIONS` whenever the stored shape changes. */
export const SETTINGS_VERSION = 2;
/**
 * Bounds on list lengths, so a hostile import file or a runaway loop cannot fill storage.local (10 MB in
 * Chrome): a person trusts a handful of sites; 5,000 is far beyond any real use and ~250 kB stored.
 */
export const MAX_LIST_LENGTH = 5000;

// ---------------------------------------------------------------- migrations (pure)

/** v1 → v2: bare domain strings become records; dates and origin were not recorded in v1, so they are unknown. */
export function migrateV1toV2(v1: UserSettingsV1): UserSettings {
  const trusted: TrustedSite[] = [];
  for (const d of Array.isArray(v1?.trustedSites) ? v1.trustedSites : []) {
    if (typeof d !== 'string') continue;
    const domain = d.trim().toLowerCase();
    if (domain && !trusted.some((t) => t.domain === domain)) trusted.push({ domain, addedAt: null, from: 'unknown' });
  }
  return {
    trustedSites: trusted,
    dismissedPages: uniqueStrings(v1?.dismissedPages),
    sensitivity: v1?.sensitivity === 'strict' ? 'strict' : 'standard',
  };
}

/** Keyed by the version each function migrates TO (WXT storage's convention). */
export const SETTINGS_MIGRATIONS: Record<number, (old: any) => unknown> = { 2: migrateV1toV2 };

/**
 * Reads a stored (or imported) v2 value leniently: unknown fields are dropped, missing ones take defaults,
 * malformed entries are skipped. Storage written by this extension is always well-formed; this guards against
 * a half-written value or a hand-edited one making the background throw on every page.
 */
export function normaliseSettings(raw: unknown): UserSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof UserSettings, unknown>>;
  const trustedSites: TrustedSite[] = [];
  for (const t of Array.isArray(r.trustedSites) ? r.trustedSites : []) {
    const site = readTrustedSite(t);
    if (site && !trustedSites.some((s) => s.domain === site.domain)) trustedSites.push(site);
  }
  return {
    trustedSites: trustedSites.slice(0, MAX_LIST_LENGTH),
    dismissedPages: uniqueStrings(r.dismissedPages).slice(0, MAX_LIST_LENGTH),
    sensitivity: r.sensitivity === 'strict' ? 'strict' : DEFAULT_SETTINGS.sensitivity,
  };
}

function readTrustedSite(t: unknown): TrustedSite | null {
  if (!t || typeof t !== 'object') return null;
  const { domain, addedAt, from } = t as Record<string, unknown>;
  if (typeof domain !== 'string' || !domain.trim()) return null;
  return {
    domain: domain.trim().toLowerCase(),
    addedAt: typeof addedAt === 'number' && Number.isFinite(addedAt) ? addedAt : null,
    from: from === 'banner' || from === 'options' ? from : 'unknown',
  };
}

function uniqueStrings(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return [...new Set(list.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()))];
}

// ---------------------------------------------------------------- sites and pages (pure)

/**
 * The site a person can trust from a URL: its registrable domain (eTLD+1), in ASCII, lower case; null for IP
 * addresses, local names and non-web URLs. Private suffixes count (github.io, blogspot.com): trusting one scam page
 * on `x.github.io` must not trust every github.io site.
 */
export function siteToTrust(url: string): string | null {
  const h = urlHostInfo(url);
  // An IP address or a bare suffix (localhost) is no site to trust.
  return h && !h.isIp && h.suffix && h.domain !== h.suffix ? h.domain : null;
}

export const SITE_INPUT_ERRORS = {
  empty: { en: 'Type a site address, for example example.com.', zh_CN: '请输入网站地址，例如 example.com。', zh_TW: '請輸入網站地址，例如 example.com。' },
  invalid: {
    en: 'That is not a web address. Type a domain such as example.com.',
    zh_CN: '这不是网址。请输入域名，例如 example.com。',
    zh_TW: '這不是網址。請輸入網域，例如 example.com。',
  },
} satisfies Record<string, LocalText>;

/** What a person typed ("Example.com", "https://www.example.com/kyc", "例子.中国") → the domain to trust. */
export function parseSiteInput(input: string): { ok: true; domain: string } | { ok: false; error: LocalText } {
  const text = input.trim();
  if (!text) return { ok: false, error: SITE_INPUT_ERRORS.empty };
  const domain = siteToTrust(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  return domain ? { ok: true, domain } : { ok: false, error: SITE_INPUT_ERRORS.invalid };
}

export function addTrustedSite(s: UserSettings, domain: string, from: TrustedFrom, now: number): UserSettings {
  const d = domain.trim().toLowerCase();
  if (!d || s.trustedSites.some((t) => t.domain === d) || s.trustedSites.length >= MAX_LIST_LENGTH) return s;
  return { ...s, trustedSites: [...s.trustedSites, { domain: d, addedAt: now, from }] };
}

export function removeTrustedSite(s: UserSettings, domain: string): UserSettings {
  return { ...s, trustedSites: s.trustedSites.filter((t) => t.domain !== domain) };
}

export function addDismissedPage(s: UserSettings, key: string): UserSettings {
  if (s.dismissedPages.includes(key) || s.dismissedPages.length >= MAX_LIST_LENGTH) return s;
  return { ...s, dismissedPages: [...s.dismissedPages, key] };
}

export function removeDismissedPage(s: UserSettings, key: string): UserSettings {
  return { ...s, dismissedPages: s.dismissedPages.filter((p) => p !== key) };
}

export function setSensitivity(s: UserSettings, sensitivity: Sensitivity): UserSettings {
  return { ...s, sensitivity };
}

/** Domains from managed storage: only strings that are (or contain) a registrable domain; anything else dropped. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const domains = (list: unknown) =>
    [
      ...new Set(
        (Array.isArray(list) ? list : [])
          .map((d) => (typeof d === 'string' ? parseSiteInput(d) : null))
          .flatMap((p) => (p?.ok ? [p.domain] : [])),
      ),
    ].slice(0, MAX_LIST_LENGTH);
  return { officialDomains: domains(r.officialDomains), blockedDomains: domains(r.blockedDomains) };
}

export function judgePolicyFrom(s: UserSettings, managed: ManagedPolicy): JudgePolicy {
  return {
    trustedSites: s.trustedSites.map((t) => t.domain),
    sensitivity: s.sensitivity,
    managed,
    dismissedPages: s.dismissedPages,
  };
}
