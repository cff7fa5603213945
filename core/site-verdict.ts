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
import type { Reason, SiteKind } from './types';

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

/** What each kind of user-content host is, in words. */
export const USER_CONTENT_KIND: Record<UserContentHost['kind'], { en: string; zh_CN: string; zh_TW: string }> = {
  form: { en: 'a form service', zh_CN: '表单服务', zh_TW: '表單服務' },
  document: { en: 'a document-sharing service', zh_CN: '文档分享服务', zh_TW: '文件分享服務' },
  site: { en: 'a site-hosting service', zh_CN: '网站托管服务', zh_TW: '網站代管服務' },
  blog: { en: 'a blog host', zh_CN: '博客平台', zh_TW: '部落格平台' },
  shop: { en: 'a marketplace of independent shops', zh_CN: '商家自营的网购平台', zh_TW: '商家自營的購物平台' },
};

/** Reasons a person can read, in every UI language. */
const R = {
  official: (org: IndexEntry, domain: string): Reason => ({
    code: 'site-official',
    text: {
      en: `This is an official site of ${org.names.en} (${domain}).`,
      zh_CN: `这是${org.names.zh_CN}的官方网站（${domain}）。`,
      zh_TW: `這是${org.names.zh_TW}的官方網站（${domain}）。`,
    },
  }),
  managedOfficial: (domain: string): Reason => ({
    code: 'site-managed-official',
    text: {
      en: `Your organisation lists ${domain} as an official site.`,
      zh_CN: `你的单位将 ${domain} 列为官方网站。`,
      zh_TW: `你的單位將 ${domain} 列為官方網站。`,
    },
  }),
  government: (suffix: string, region: string): Reason => ({
    code: 'site-government',
    text: {
      en: `This is a government site: only the government (${region}) can register addresses ending in .${suffix}.`,
      zh_CN: `这是政府网站：只有政府（${region}）才能注册以 .${suffix} 结尾的网址。`,
      zh_TW: `這是政府網站：只有政府（${region}）才能註冊以 .${suffix} 結尾的網址。`,
    },
  }),
  ipAddress: (host: string): Reason => ({
    code: 'site-ip-address',
    text: {
      en: `This page is on a bare IP address (${host}), not an official site's name.`,
      zh_CN: `此网页使用裸 IP 地址（${host}），不是官方网站的域名。`,
      zh_TW: `此網頁使用 IP 位址（${host}），不是官方網站的網域名稱。`,
    },
  }),
  userContent: (u: UserContentRef, info: HostInfo): Reason => {
    const what = USER_CONTENT_KIND[u.kind];
    return {
      code: 'site-user-content',
      text: {
        en: `${info.hostUnicode} is on ${u.host}, ${what.en} where anyone can publish: it is not an official site, whoever owns ${info.domainUnicode}.`,
        zh_CN: `${info.hostUnicode} 位于 ${u.host}，这是任何人都能发布内容的${what.zh_CN}，不是官方网站，无论 ${info.domainUnicode} 属于谁。`,
        zh_TW: `${info.hostUnicode} 位於 ${u.host}，這是任何人都能發布內容的${what.zh_TW}，不是官方網站，無論 ${info.domainUnicode} 屬於誰。`,
      },
    };
  },
  unknown: (domain: string): Reason => ({
    code: 'site-unknown',
    text: {
      en: `${domain} is not on ID Guard's list of official carriers, agencies and banks.`,
      zh_CN: `${domain} 不在证件卫士的官方运营商、机构和银行名单中。`,
      zh_TW: `${domain} 不在證件衛士的官方電信商、機構和銀行名單中。`,
    },
  }),
  lookalike: (l: Lookalike, info: HostInfo): Reason => {
    const n = l.entry.names;
    const official = l.entry.domains[0];
    const how: Record<Lookalike['kind'], { en: string; zh_CN: string; zh_TW: string }> = {
      homoglyph: {
        en: `uses look-alike letters to imitate ${l.target}`,
        zh_CN: `用形似的字符冒充 ${l.target}`,
        zh_TW: `用形似的字元冒充 ${l.target}`,
      },
      edit: {
        en: `differs from ${l.target} by a single character`,
        zh_CN: `与 ${l.target} 只差一个字符`,
        zh_TW: `與 ${l.target} 只差一個字元`,
      },
      embedded: {
        en: `puts "${l.target}" inside a different site's address (${info.domainUnicode})`,
        zh_CN: `把“${l.target}”嵌在另一个网站的网址里（${info.domainUnicode}）`,
        zh_TW: `把「${l.target}」嵌在另一個網站的網址裡（${info.domainUnicode}）`,
      },
      'brand-keyword': {
        en: `combines the name "${l.target}"${l.keyword ? ` with "${l.keyword}"` : ''} on a domain that is not theirs`,
        zh_CN: `把“${l.target}”${l.keyword ? `和“${l.keyword}”` : ''}拼进了不属于他们的域名`,
        zh_TW: `把「${l.target}」${l.keyword ? `和「${l.keyword}」` : ''}拼進了不屬於他們的網域`,
      },
      'tld-swap': {
        en: `uses the name of ${l.target} with a different ending (.${info.suffix})`,
        zh_CN: `用了 ${l.target} 的名字，但换了结尾（.${info.suffix}）`,
        zh_TW: `用了 ${l.target} 的名字，但換了結尾（.${info.suffix}）`,
      },
    };
    const h = how[l.kind];
    return {
      code: `site-lookalike-${l.kind}`,
      text: {
        en: `${info.domainUnicode} is not ${n.en}'s site: it ${h.en}. ${n.en}'s official site is ${official}.`,
        zh_CN: `${info.domainUnicode} 不是${n.zh_CN}的网站：它${h.zh_CN}。${n.zh_CN}的官方网站是 ${official}。`,
        zh_TW: `${info.domainUnicode} 不是${n.zh_TW}的網站：它${h.zh_TW}。${n.zh_TW}的官方網站是 ${official}。`,
      },
    };
  },
};
