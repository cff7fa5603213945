// Site verdict: what the background says about a page's domain, from its URL alone (never from the page).
// official (a host an entry scopes itself to, then a registry domain, or a managed official domain, or a subdomain
// of one) → government (a suffix only governments can register) → lookalike (core/lookalike.ts) → unknown.
// A user-content host (form builders, document and page hosts: anyone can publish there) is never official or
// government, whoever owns its parent domain. Pure: the caller passes the index and policy.
import { hostInfo, hostSuffixes, urlHostInfo, type HostInfo } from './domain';
import { findLookalike, lookalikeIndex, type Lookalike } from './lookalike';
import type { IndexEntry, RegistryIndex } from './registry-index';
import type { UserContentHost } from './registry-types';
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
  /** Public suffix, ASCII ("cn", "com.cn", "in.net"). */
  suffix: string;
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
  /** A host where anyone can publish (a form builder, document or page host): never official. */
  userContent?: UserContentRef;
  reasons: Reason[];
}

export type UserContentRef = Pick<UserContentHost, 'host' | 'kind'>;

export interface SitePolicy {
  managed?: ManagedPolicy;
}

interface VerdictTables {
  gov: Map<string, string>;
  /** Scoped hosts (RegistryEntry.hosts) → entry. */
  byHost: Map<string, IndexEntry>;
  /** Registry domains whose official status is scoped to hosts: the rest of the domain is not the entry's. */
  scopedDomains: Set<string>;
  /** User-content hosts matched with their subdomains, and those matched by their subdomains only. */
  userContent: Map<string, UserContentRef>;
  userContentSubdomains: Map<string, UserContentRef>;
}

const tablesCache = new WeakMap<RegistryIndex, VerdictTables>();

function verdictTables(index: RegistryIndex): VerdictTables {
  let t = tablesCache.get(index);
  if (t) return t;
  t = {
    gov: new Map(index.govSuffixes.map((g) => [g.suffix, g.region])),
    byHost: new Map(),
    scopedDomains: new Set(),
    userContent: new Map(),
    userContentSubdomains: new Map(),
  };
  for (const e of index.entries) {
    for (const h of e.hosts ?? []) {
      t.byHost.set(h, e);
      const domain = e.domains.find((d) => onDomain(h, d));
      if (domain) t.scopedDomains.add(domain);
    }
  }
  for (const u of index.userContent ?? []) {
    (u.subdomains ? t.userContentSubdomains : t.userContent).set(u.host, { host: u.host, kind: u.kind });
  }
  tablesCache.set(index, t);
  return t;
}

/** The user-content host a host is on, or undefined. `suffixes` is hostSuffixes(host). */
function userContentOf(t: VerdictTables, suffixes: string[]): UserContentRef | undefined {
  for (let i = 0; i < suffixes.length; i++) {
    const u = t.userContent.get(suffixes[i]) ?? (i > 0 ? t.userContentSubdomains.get(suffixes[i]) : undefined);
    if (u) return u;
  }
  return undefined;
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
  const base = { domain: info.domainUnicode, host: info.hostUnicode, domainAscii: info.domain, suffix: info.suffix };
  const managedBlocked = cleanDomainList(policy.managed?.blockedDomains).some((d) => onDomain(info.host, d)) || undefined;
  if (info.isIp) {
    return { ...base, site: 'unknown', managedBlocked, reasons: [R.ipAddress(info.host)] };
  }
  const byDomain = lookalikeIndex(index).byDomain;
  const t = verdictTables(index);
  const suffixes = hostSuffixes(info.host);
  for (const s of suffixes) {
    const org = t.byHost.get(s);
    if (org) return { ...base, site: 'official', org, reasons: [R.official(org, s)] };
  }
  const userContent = userContentOf(t, suffixes);
  if (userContent) {
    // Anyone can publish here: a registry brand in the name (10086-kyc.github.io) still says whose site it is not.
    const lookalike = findLookalike(info, index);
    const reasons = [R.userContent(userContent, info)];
    if (lookalike) {
      return { ...base, site: 'lookalike', lookalikeOf: lookalike, managedBlocked, userContent, reasons: [R.lookalike(lookalike, info), ...reasons] };
    }
    return { ...base, site: 'unknown', managedBlocked, userContent, reasons };
  }
  // A host on a domain an entry shares with others (docs.qq.com on Tencent's qq.com) that the entry does not use:
  // not the entry's site, and not a lookalike of it either.
  let sharedParent: IndexEntry | undefined;
  for (const s of suffixes) {
    const org = byDomain.get(s);
    if (!org) continue;
    if (!t.scopedDomains.has(s)) return { ...base, site: 'official', org, reasons: [R.official(org, s)] };
    sharedParent = org;
    break;
  }
  if (!managedBlocked) {
    const managed = cleanDomainList(policy.managed?.officialDomains).find((d) => onDomain(info.host, d));
    if (managed) return { ...base, site: 'official', managedOfficial: true, reasons: [R.managedOfficial(managed)] };
  }
  // A government suffix must be a proper suffix: "gov.cn" itself is not a site.
  for (const s of suffixes.slice(1)) {
    const region = t.gov.get(s);
    if (region) return { ...base, site: 'government', govRegion: region, managedBlocked, reasons: [R.government(s, region)] };
  }
  const lookalike = sharedParent ? null : findLookalike(info, index);
  if (lookalike) {
    return { ...base, site: 'lookalike', lookalikeOf: lookalike, managedBlocked, reasons: [R.lookalike(lookalike, info)] };
  }
  return { ...base, site: 'unknown', managedBlocked, reasons: [R.unknown(info.domainUnicode)] };
}

/** What each kind of user-content host is, in words: the message naming it. */
export const USER_CONTENT_KIND: Record<UserContentHost['kind'], MessageKey> = {
  form: 'userContentForm',
  document: 'userContentDocument',
  site: 'userContentSite',
  blog: 'userContentBlog',
  shop: 'userContentShop',
};

/** Reasons a person can read: a message and its arguments, said in the reader's language where they are shown. */
const R = {
  official: (org: IndexEntry, domain: string): Reason => ({ code: 'site-official', msg: 'reasonSiteOfficial', args: [{ org: org.names }, domain] }),
  managedOfficial: (domain: string): Reason => ({ code: 'site-managed-official', msg: 'reasonSiteManagedOfficial', args: [domain] }),
  government: (suffix: string, region: string): Reason => ({ code: 'site-government', msg: 'reasonSiteGovernment', args: [{ region }, suffix] }),
  ipAddress: (host: string): Reason => ({ code: 'site-ip-address', msg: 'reasonSiteIpAddress', args: [host] }),
  userContent: (u: UserContentRef, info: HostInfo): Reason => ({
    code: 'site-user-content',
    msg: 'reasonSiteUserContent',
    args: [info.hostUnicode, u.host, { msg: USER_CONTENT_KIND[u.kind] }, info.domainUnicode],
  }),
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
