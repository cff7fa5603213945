// Site verdict: what the background says about a page's domain, from its URL alone (never from the page).
// official (a registry domain or a managed official domain, or a subdomain of one) → government (a suffix only
// governments can register) → lookalike (lib/lookalike.ts) → unknown. Pure: the caller passes the index and policy.
import { hostInfo, hostSuffixes, urlHostInfo, type HostInfo } from './domain';
import { findLookalike, lookalikeIndex, type Lookalike } from './lookalike';
import type { IndexEntry, RegistryIndex } from './registry-index';
import type { ManagedPolicy } from './settings-types';
import type { MessageArg, MessageKey, Reason, SiteKind } from './types';

export interface SiteVerdict {
  site: SiteKind;
  /** Registrable domain, IDN decoded to Unicode (what a person sees). */
  domain: string;
  /** Host, IDN decoded to Unicode. */
  host: string;
  /** ASCII forms, for matching against settings and the registry. */
  domainAscii: string;
  /** The registry entry the site belongs to (official). */
  org?: IndexEntry;
  /** The registry entry the site imitates (lookalike). */
  lookalikeOf?: Lookalike;
  /** Region of the government suffix (government). */
  govRegion?: string;
  /** Official by the administrator's managed policy rather than the registry. */
  managedOfficial?: boolean;
  /** On the administrator's blocked list: always warned on when it asks for ID. */
  managedBlocked?: boolean;
  reasons: Reason[];
}

export interface SitePolicy {
  managed?: ManagedPolicy;
}

const govCache = new WeakMap<RegistryIndex, Map<string, string>>();

function govSuffixMap(index: RegistryIndex): Map<string, string> {
  let map = govCache.get(index);
  if (!map) {
    map = new Map(index.govSuffixes.map((g) => [g.suffix, g.region]));
    govCache.set(index, map);
  }
  return map;
}

/** True when `host` is `domain` or a subdomain of it (both ASCII). */
function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function cleanDomainList(list: readonly string[] | undefined): string[] {
  return (list ?? []).map((d) => d.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, '')).filter(Boolean);
}

/** Site verdict for a page URL; null when the URL is not an http(s) page (about:, file:, extension pages, junk). */
export function siteVerdict(url: string, index: RegistryIndex, policy: SitePolicy = {}): SiteVerdict | null {
  const info = urlHostInfo(url);
  return info ? siteVerdictForHost(info, index, policy) : null;
}

/** Same for a bare host name (the scan CLI's --urls and the benchmark); null when it is not a host name. */
export function siteVerdictForHostName(host: string, index: RegistryIndex, policy: SitePolicy = {}): SiteVerdict | null {
  const info = hostInfo(host);
  return info ? siteVerdictForHost(info, index, policy) : null;
}

export function siteVerdictForHost(info: HostInfo, index: RegistryIndex, policy: SitePolicy = {}): SiteVerdict {
  const base = { domain: info.domainUnicode, host: info.hostUnicode, domainAscii: info.domain };
  const managedBlocked = cleanDomainList(policy.managed?.blockedDomains).some((d) => onDomain(info.host, d)) || undefined;
  if (info.isIp) {
    return { ...base, site: 'unknown', managedBlocked, reasons: [R.ipAddress(info.host)] };
  }
  const byDomain = lookalikeIndex(index).byDomain;
  const gov = govSuffixMap(index);
  const suffixes = hostSuffixes(info.host);
  for (const s of suffixes) {
    const org = byDomain.get(s);
    if (org) return { ...base, site: 'official', org, reasons: [R.official(org, s)] };
  }
  if (!managedBlocked) {
    const managed = cleanDomainList(policy.managed?.officialDomains).find((d) => onDomain(info.host, d));
    if (managed) return { ...base, site: 'official', managedOfficial: true, reasons: [R.managedOfficial(managed)] };
  }
  // A government suffix must be a proper suffix: "gov.cn" itself is not a site.
  for (const s of suffixes.slice(1)) {
    const region = gov.get(s);
    if (region) return { ...base, site: 'government', govRegion: region, managedBlocked, reasons: [R.government(s, region)] };
  }
  const lookalike = findLookalike(info, index);
  if (lookalike) {
    return { ...base, site: 'lookalike', lookalikeOf: lookalike, managedBlocked, reasons: [R.lookalike(lookalike, info)] };
  }
  return { ...base, site: 'unknown', managedBlocked, reasons: [R.unknown(info.domainUnicode)] };
}

/** Reasons a person can read: a message and its arguments, said in the reader's language where they are shown. */
const R = {
  official: (org: IndexEntry, domain: string): Reason => ({ code: 'site-official', msg: 'reasonSiteOfficial', args: [{ org: org.names }, domain] }),
  managedOfficial: (domain: string): Reason => ({ code: 'site-managed-official', msg: 'reasonSiteManagedOfficial', args: [domain] }),
  government: (suffix: string, region: string): Reason => ({ code: 'site-government', msg: 'reasonSiteGovernment', args: [{ region }, suffix] }),
  ipAddress: (host: string): Reason => ({ code: 'site-ip-address', msg: 'reasonSiteIpAddress', args: [host] }),
  unknown: (domain: string): Reason => ({ code: 'site-unknown', msg: 'reasonSiteUnknown', args: [domain] }),
  lookalike: (l: Lookalike, info: HostInfo): Reason => {
    // Arguments in one order for every kind: the page's domain, the organisation, the name imitated, the official
    // domain, then what the kind adds (the ending swapped in, the word added).
    const args: MessageArg[] = [info.domainUnicode, { org: l.entry.names }, l.target, l.entry.domains[0]];
    const msg: Record<Lookalike['kind'], MessageKey> = {
      homoglyph: 'reasonLookalikeHomoglyph',
      edit: 'reasonLookalikeEdit',
      embedded: 'reasonLookalikeEmbedded',
      'brand-keyword': l.keyword ? 'reasonLookalikeBrandKeyword' : 'reasonLookalikeBrand',
      'tld-swap': 'reasonLookalikeTldSwap',
    };
    if (l.kind === 'tld-swap') args.push(info.suffix);
    if (l.kind === 'brand-keyword' && l.keyword) args.push(l.keyword);
    return { code: `site-lookalike-${l.kind}`, msg: msg[l.kind], args };
  },
};
