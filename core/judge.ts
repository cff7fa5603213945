// The judge: site verdict (from the URL only) + what the page asks for (from the scanner's cues) → a Verdict with
// a level (../shared/DESIGN.md "Levels"), reasons a person can read, and the official channel to go to instead.
// Pure: the background passes the sender's URL, the registry index and the settings policy.
import { pageKey } from './domain';
import { hanScript, type HanScripts } from './han-script';
import { findImpersonation, type BrandMention } from './impersonation';
import type { IndexEntry, RegistryIndex } from './registry-index';
import { regionFromLocale, regionHelp } from './region';
import { assessRequest } from './id-request';
import type { JudgePolicy } from './settings-types';
import { siteVerdict, USER_CONTENT_KIND, type SiteVerdict, type UserContentRef } from './site-verdict';
import type { IdDocument, IdRequest, Level, PageSignals, Reason, RegistryLinkSet, Verdict } from './types';

export interface JudgeInput {
  /** The page's URL as the browser reports it (sender.url / sender.tab.url), never from the page's message. */
  url: string;
  signals: PageSignals;
  index: RegistryIndex;
  policy: JudgePolicy;
  /** The classifier's reading of the cues; computed here from `signals.cues` when absent. */
  request?: IdRequest;
  /** Browser UI language (BCP 47, e.g. "zh-CN"): the last resort for the region. */
  uiLocale?: string;
  /**
   * Well-known registrable domains (ASCII). When the only cue is an ID number the person typed, such a site gets
   * the badge but no banner: booking a train, a flight or a hotel legitimately takes an ID number.
   */
  popular?: ReadonlySet<string>;
  /** Which Han characters only one script writes (core/han-script.ts); without them a page's Chinese is not read for its region. */
  han?: HanScripts;
}


/** Country-code TLDs whose region the registry covers ("uk" is GB's). */
const CCTLD_REGION: Record<string, string> = {
  cn: 'CN', hk: 'HK', mo: 'MO', tw: 'TW', sg: 'SG', jp: 'JP', kr: 'KR', in: 'IN', us: 'US', uk: 'GB', ca: 'CA',
  au: 'AU', fr: 'FR', be: 'BE', de: 'DE', es: 'ES', it: 'IT', nl: 'NL', eu: 'EU', my: 'MY', id: 'ID', ph: 'PH',
  th: 'TH', vn: 'VN', br: 'BR', pk: 'PK', pl: 'PL', tr: 'TR', ua: 'UA', ng: 'NG', mx: 'MX', ae: 'AE', za: 'ZA',
};

/**
 * The page's language, as the scanner's cue lists name it (data/cues/<lang>.json), when it belongs to one region
 * the registry covers: a KYC page in Bahasa Indonesia is aimed at Indonesians whatever the browser's language.
 * English, Spanish and French are spoken in too many regions to say which.
 */
const CUE_LANG_REGION: Record<string, string> = {
  'zh-Hans': 'CN', ja: 'JP', ko: 'KR', hi: 'IN', id: 'ID', ms: 'MY', vi: 'VN', th: 'TH', fil: 'PH', tl: 'PH', pt: 'BR',
  pl: 'PL', tr: 'TR', uk: 'UA',
};



export function linkSet(e: IndexEntry): RegistryLinkSet {
  return { id: e.id, names: e.names, website: e.website, realName: e.realName, report: e.report, hotlines: e.hotlines };
}


/**
 * Region from the page's own words: kana or a Japanese-only form → JP (first: Japanese writes many characters
 * Traditional Chinese also writes, 認 and 証), Simplified Chinese → CN, Traditional → HK/MO/TW, Hangul → KR…
 */
export function regionFromText(text: string, uiRegion?: string, han?: HanScripts): string | undefined {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'JP';
  const script = han && hanScript(text, han);
  if (script === 'japanese') return 'JP';
  if (script === 'simplified') return 'CN';
  if (script === 'traditional') return uiRegion === 'HK' || uiRegion === 'MO' ? uiRegion : 'TW';
  if (/\p{Script=Hangul}/u.test(text)) return 'KR';
  if (/\p{Script=Devanagari}/u.test(text)) return 'IN';
  if (/\p{Script=Thai}/u.test(text)) return 'TH';
  if (VIETNAMESE_ONLY.test(text)) return 'VN';
  return undefined;
}

/** Letters only Vietnamese writes (ơ, ư, đ and the stacked tone marks): "Cập nhật thông tin thuê bao". */
const VIETNAMESE_ONLY = /[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/**
 * Region from the host's ending: a country-code TLD (.in), or a country code registered under .com/.net/.org as a
 * public suffix of its own (jio-kyc-update.in.net, shop.uk.com, x.cn.com).
 */
export function regionFromSuffix(suffix: string): string | undefined {
  const labels = suffix.split('.');
  const last = labels[labels.length - 1];
  if (CCTLD_REGION[last]) return CCTLD_REGION[last];
  if (labels.length === 2 && ['com', 'net', 'org'].includes(last)) return CCTLD_REGION[labels[0]];
  return undefined;
}

/** Region from the languages of the page's cues (the one most cues are in, when it belongs to one region). */
export function regionFromCueLanguages(cues: readonly { lang?: string }[]): string | undefined {
  const counts = new Map<string, number>();
  for (const c of cues) {
    const region = c.lang ? CUE_LANG_REGION[c.lang] : undefined;
    if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [region, n] of counts) if (!best || n > counts.get(best)!) best = region;
  return best;
}


/**
 * The official channel for a page that names no brand: what the person can do instead of handing their ID to
 * this page. A real-name offer or SIM wording → the region's "numbers in your name" check (一证通查 lets someone
 * see every number registered to their ID, which is what a 代实名 scam abuses); otherwise the region's anti-fraud
 * channel to check with and report to; then the region's national e-ID, whose app is the real way to prove
 * identity online. None of the carriers is a better guess than these when the page names none.
 */
/** The region's help as links for the banner: its numbers check, then its anti-fraud channel. */
function helpLinks(index: RegistryIndex, region: string | undefined): RegistryLinkSet[] {
  const { numbersCheck, antiFraud } = regionHelp(index, region);
  return [numbersCheck, antiFraud].filter((e): e is IndexEntry => !!e).map(linkSet);
}

function bestOfficialForRegion(index: RegistryIndex, region: string | undefined, request: IdRequest): RegistryLinkSet | null {
  if (!region) return null;
  const help = regionHelp(index, region);
  const check = help.numbersCheck && linkSet(help.numbersCheck);
  const antiFraud = help.antiFraud && linkSet(help.antiFraud);
  const eid = index.entries.find((e) => e.region === region && e.category === 'eid');
  const ordered = request.offer || request.asks.includes('real-name') ? [check, antiFraud] : [antiFraud, check];
  return ordered.find(Boolean) ?? (eid ? linkSet(eid) : null);
}

function asksReason(asks: IdDocument[]): Reason | null {
  // "Both sides" already says "ID card photos", and a named document already says "real-name": say each thing once.
  const shown = asks.filter(
    (d) => !(d === 'id-card' && asks.includes('id-card-front-back')) && !(d === 'real-name' && asks.length > 1),
  );
  if (!shown.length) return null;
  return { code: 'asks', msg: 'reasonAsks', args: [{ docs: shown.slice(0, 3) }] };
}

const REASONS = {
  trusted: (domain: string): Reason => ({ code: 'trusted', msg: 'reasonTrusted', args: [domain] }),
  blocked: (domain: string): Reason => ({ code: 'managed-blocked', msg: 'reasonManagedBlocked', args: [domain] }),
  impersonation: (b: BrandMention, site: SiteVerdict): Reason => ({
    code: 'impersonation',
    msg: 'reasonImpersonation',
    args: [{ org: b.entry.names }, b.name, site.domain, b.entry.domains[0]],
  }),
  /** The banner's words for an ID request on a form builder, document or page host (issue 17). */
  userContent: (u: UserContentRef): Reason => ({
    code: 'user-content-id',
    msg: 'reasonUserContentId',
    args: [u.host, { msg: USER_CONTENT_KIND[u.kind] }],
  }),
  noRequest: (): Reason => ({ code: 'no-request', msg: 'reasonNoRequest' }),
};

function onDomainList(domainAscii: string, hostAscii: string, list: readonly string[]): boolean {
  return list.some((d) => {
    const t = d.trim().toLowerCase();
    return t && (domainAscii === t || hostAscii === t || hostAscii.endsWith(`.${t}`));
  });
}

/** The verdict for one page. Throws only on a URL that is not an http(s) page (the caller checks the sender). */
export function judgePage(input: JudgeInput): Verdict {
  const { url, signals, index, policy } = input;
  const site = siteVerdict(url, index, { managed: policy.managed });
  if (!site) throw new Error(`judgePage: not a web page URL: ${url.slice(0, 100)}`);
  const strict = policy.sensitivity === 'strict';
  const request = input.request ?? assessRequest(signals.cues, { strict });
  const asks = request.asks;
  const uiRegion = regionFromLocale(input.uiLocale);
  const base = { site: site.site, domain: site.domain, host: site.host, asks };

  if (site.site === 'official' || site.site === 'government') {
    return {
      ...base,
      level: 'official',
      reasons: site.reasons,
      org: site.org ? { id: site.org.id, names: site.org.names } : null,
      official: site.org ? linkSet(site.org) : null,
      regionHelp: [],
    };
  }

  const hostAscii = new URL(url).hostname;
  const trusted = !site.managedBlocked && onDomainList(site.domainAscii, hostAscii, policy.trustedSites);
  // The brand decides the region when there is one; otherwise the page's own ccTLD, then its script, then the
  // language of its cues, and only then the browser's language (a Jio page read with an en-US browser is Indian).
  const pageRegion =
    regionFromSuffix(site.suffix) ?? regionFromText(signals.brandText, uiRegion, input.han) ?? regionFromCueLanguages(signals.cues) ?? uiRegion;
  const hostName = site.suffix ? site.host.slice(0, -(site.suffix.length + 1)) : site.host;
  const impersonated = findImpersonation(signals.brandText, index, { preferRegion: pageRegion, hostName });
  const brand = site.lookalikeOf?.entry ?? impersonated?.entry;
  const region = brand?.region ?? pageRegion;

  const requested = request.strength === 'strong' || (strict && request.strength === 'weak');
  const anyRequest = request.strength !== 'none';
  let level: Level;
  if (trusted) level = 'none';
  else if (request.offer) level = 'danger';
  else if (site.managedBlocked && anyRequest) level = 'danger';
  else if (site.site === 'lookalike' && anyRequest) level = 'danger';
  else if (site.userContent && requested) level = 'danger';
  else if (requested && impersonated) level = 'danger';
  else if (requested) level = 'caution';
  else level = 'none';

  const reasons: Reason[] = [];
  if (trusted) reasons.push(REASONS.trusted(site.domain));
  if (site.managedBlocked) reasons.push(REASONS.blocked(site.domain));
  // The most specific "why" first: whose site this is not, or that no official body collects ID on such a host.
  if (site.userContent && (level === 'danger' || level === 'caution')) reasons.push(REASONS.userContent(site.userContent));
  if (site.site === 'lookalike') reasons.push(...site.reasons);
  else if (impersonated && level !== 'none') reasons.push(REASONS.impersonation(impersonated, site));
  else reasons.push(...site.reasons);
  const asked = asksReason(asks);
  if (level === 'caution' || level === 'danger') {
    if (asked) reasons.push(asked);
    reasons.push(...request.reasons);
  } else if (!trusted && !anyRequest) reasons.push(REASONS.noRequest());

  const warned = level === 'caution' || level === 'danger';
  const dismissed = warned && (policy.dismissedPages ?? []).includes(pageKey(url) ?? '');
  const onlyTyped = signals.cues.length > 0 && signals.cues.every((c) => c.kind === 'typed-id-number');
  const badgeOnly = level === 'caution' && onlyTyped && !!input.popular?.has(site.domainAscii);
  const official = brand ? linkSet(brand) : warned ? bestOfficialForRegion(index, region, request) : null;
  return {
    ...base,
    level,
    reasons: dedupe(reasons),
    org: brand ? { id: brand.id, names: brand.names } : null,
    official,
    regionHelp: warned ? helpLinks(index, region).filter((h) => h.id !== official?.id) : [],
    ...(dismissed ? { dismissed } : {}),
    ...(badgeOnly ? { badgeOnly } : {}),
  };
}

function dedupe(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => (seen.has(r.code) ? false : (seen.add(r.code), true)));
}

/** Level from the site alone (scan CLI --urls): official sites official; a lookalike is worth caution; else none. */
export function levelFromSite(site: SiteVerdict): Level {
  if (site.site === 'official' || site.site === 'government') return 'official';
  return site.site === 'lookalike' || site.managedBlocked ? 'caution' : 'none';
}
