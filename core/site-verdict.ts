// Site verdict: what the background says about a page's domain, from its URL alone (never from the page).
// official (a registry domain or a managed official domain, or a subdomain of one) → government (a suffix only
// governments can register) → lookalike (lib/lookalike.ts) → unknown. Pure: the caller passes the index and policy.
import { hostInfo, hostSuffixes, urlHostInfo, type HostInfo } from './domain';
import { findLookalike, lookalikeIndex, type Lookalike } from './lookalike';
import type { IndexEntry, RegistryIndex } from './registry-index';
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
