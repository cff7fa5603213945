// Schema of the official-channel registry (data/registry/*.json). Validated by tests/unit/registry.test.ts.

export type Category =
  | 'carrier' // mobile network operators and MVNOs
  | 'agency' // government bodies and services
  | 'bank'
  | 'card-issuer' // UnionPay, card schemes
  | 'transit' // city transit cards
  | 'eid' // electronic ID / national online identity authentication
  | 'social-security'
  | 'anti-fraud' // fraud hotlines, report channels, anti-fraud apps
  | 'numbers-check' // "numbers registered in your name" services (一证通查, MSafer, Sanchar Saathi TAFCOP)
  | 'payment'
  | 'rail';

/** Every category, for data tests (every entry's category is one of these; every one has a popup label). */
export const CATEGORIES = [
  'carrier',
  'agency',
  'bank',
  'card-issuer',
  'transit',
  'eid',
  'social-security',
  'anti-fraud',
  'numbers-check',
  'payment',
  'rail',
] as const satisfies readonly Category[];
// Compile-time check that CATEGORIES lists every Category.
const _allCategories: Record<Category, true> = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<
  (typeof CATEGORIES)[number],
  true
>;
void _allCategories;

export interface RegistryApp {
  /** The app's name as it appears in the app stores, e.g. "中国移动" or "国家反诈中心". */
  name: string;
  /** Optional https download page on one of the entry's own domains (never an app-store or third-party link). */
  url?: string;
}

export interface RegistrySource {
  /** The domain this source confirms. */
  domain: string;
  /** Where it was confirmed (https). */
  url: string;
  /** What the source says, in a few words. */
  note: string;
}

export interface RegistryEntry {
  id: string; // kebab-case, region prefix: "cn-china-mobile"
  names: { zh_CN: string; zh_TW: string; en: string };
  aliases: string[]; // short names, brand names, hotline numbers, abbreviations
  category: Category;
  region: string; // ISO 3166-1 alpha-2, or "EU"
  domains: string[]; // registrable domains (eTLD+1), lowercase ASCII
  /**
   * Hosts the organisation itself uses on a domain it shares with others (pay.weixin.qq.com on Tencent's qq.com,
   * whose docs.qq.com and wj.qq.com anyone can publish on). A domain with hosts listed here is official only on
   * those hosts and their subdomains; a domain without is official as a whole.
   */
  hosts?: string[];
  website: string; // https, on one of `domains` (on one of `hosts` when its domain is scoped)
  realName?: string; // https page where real-name / ID verification is really done
  apps?: RegistryApp[];
  hotlines?: string[];
  report?: string; // https fraud-report channel
  /** Provinces / sub-brands served from the same domains; short notes, no links. */
  notes?: string;
  sources: RegistrySource[];
}

/**
 * A host where anyone can publish (form builders, document, site, page and blog hosts, marketplace shops): never
 * official, whoever owns the parent domain. Matches the host and its subdomains; `subdomains` matches only the
 * subdomains (each subscriber's page is its own subdomain of free.fr, while free.fr itself is Free's).
 */
export interface UserContentHost {
  host: string;
  kind: 'form' | 'document' | 'site' | 'blog' | 'shop';
  subdomains?: boolean;
  /** Who runs it and what people publish there. */
  note: string;
  /** https page that says so (the service's own documentation where possible). */
  source: string;
}

export interface GovSuffix {
  suffix: string; // e.g. "gov.cn"
  region: string;
  note: string; // who controls registration under it
  source: string; // https
}
