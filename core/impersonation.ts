// Impersonation: a page that names a registry brand prominently (the scanner's `brandText`: title, headings, logo
// alt text, text near the ID request) on a site that is not that brand's. Pure; the matcher is built once per index.
import type { IndexEntry, RegistryIndex } from './registry-index';

export interface BrandMention {
  entry: IndexEntry;
  /** The words as they appear in the registry ("中国移动", "T-Mobile", "10086"). */
  name: string;
}

/** Latin names shorter than this are acronyms that collide with words and other acronyms (EE, O2, KT, TIM, ATT). */
export const MIN_LATIN_NAME_LENGTH = 4;
/** Han/kana/Hangul names shorter than this are everyday words (移动 "mobile", 电信 "telecom", 平安 "safe"). */
export const MIN_CJK_NAME_LENGTH = 3;
/** Numbers shorter than this are emergency or short codes (110, 999, 611) that any page may print. */
export const MIN_NUMBER_LENGTH = 5;
/** Bound on the text we match, whatever the sender claims to have sent: brandText is meant to be short. */
export const MAX_BRAND_TEXT = 4000;

/** Two-character abbreviations that are only ever the bank or scheme (工行 = ICBC); everyday two-character words are not here. */
const DISTINCTIVE_SHORT_CJK = new Set(['银联', '銀聯', '工行', '农行', '農行', '建行', '招行', '交行', '中行', '邮储', '郵儲']);

/**
 * Registry aliases that name a document, a service type or a common phrase rather than the organisation: a page
 * asking for "HKID" or "Aadhaar" or talking about "identity theft" is not impersonating ImmD, UIDAI or the FTC.
 * Compared lowercased.
 */
const NOT_A_BRAND = new Set([
  'free', 'three', 'orange', 'metro', 'cricket', 'bell', 'wind', 'idea', 'magenta', 'freedom', 'social security',
  'identity theft', 'police report', 'mail fraud', 'report fraud', 'reportfraud', 'do not call', 'anti-scam helpline',
  'cyber crime helpline', 'report cyber', 'hkid', 'aadhaar', 'आधार', 'my number card', 'マイナンバーカード', 'マイナンバー',
  '香港身份证', '香港身份證', 'sim card real-name registration', '电话卡实名登记', '電話卡實名登記', '火车票', '交通卡',
  '一卡通', '畅通卡', '消费者投诉', '网络举报', '垃圾短信举报', '骚扰电话举报', '特殊詐欺', '携帯電話不正利用防止法',
  '보이스피싱', '보이스피싱 신고', '警察相談専用電話', 'know your mobile connections', 'police e-services', 'scam shield',
  'telefónica', 'european commission', 'digital', 'login.gov', 'usa.gov', 'gov.cn', 'reportfraud.ftc.gov', '反诈app',
  '防骗易热线', '防騙易熱線', '网上报案中心', '網上報案中心', '社保',
]);

/** Latin names this short (Jio, AIS, TIM, EE) count only when the site's own name carries them too. */
export const MIN_SHORT_NAME_LENGTH = 2;

interface Matcher {
  /** Case-insensitive names and mixed-case aliases, Han/kana/Hangul names and numbers, longest first. */
  loose: RegExp | null;
  /** All-capital acronyms (ICBC, CMCC, MIIT) matched case-sensitively so "Kisa" or "miit" in prose does not count. */
  acronyms: RegExp | null;
  byName: Map<string, IndexEntry[]>;
  /** Latin names shorter than MIN_LATIN_NAME_LENGTH, lowercased → entries (see shortNameInHost). */
  shortNames: Map<string, IndexEntry[]>;
}

const cache = new WeakMap<RegistryIndex, Matcher>();

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function usable(name: string): 'loose' | 'acronym' | null {
  const n = name.trim();
  if (!n || NOT_A_BRAND.has(n.toLowerCase()) || n.includes('@')) return null;
  if (/^[\d\s-]+$/.test(n)) return n.replace(/\D/g, '').length >= MIN_NUMBER_LENGTH && !/\s/.test(n) ? 'loose' : null;
  if (CJK.test(n)) return [...n].length >= MIN_CJK_NAME_LENGTH || DISTINCTIVE_SHORT_CJK.has(n) ? 'loose' : null;
  if (n.length < MIN_LATIN_NAME_LENGTH) return null;
  return /^[A-Z0-9]+$/.test(n) ? 'acronym' : 'loose';
}

function matcher(index: RegistryIndex): Matcher {
  const hit = cache.get(index);
  if (hit) return hit;
  const byName = new Map<string, IndexEntry[]>();
  const shortNames = new Map<string, IndexEntry[]>();
  const loose = new Set<string>();
  const acronyms = new Set<string>();
  for (const entry of index.entries) {
    for (const name of [entry.names.zh_CN, entry.names.zh_TW, entry.names.en, ...entry.aliases]) {
      const n = name.trim();
      if (/^[A-Za-z][A-Za-z0-9]+$/.test(n) && n.length >= MIN_SHORT_NAME_LENGTH && n.length < MIN_LATIN_NAME_LENGTH && !NOT_A_BRAND.has(n.toLowerCase())) {
        const list = shortNames.get(n.toLowerCase()) ?? [];
        if (!list.includes(entry)) list.push(entry);
        shortNames.set(n.toLowerCase(), list);
      }
      const kind = usable(name);
      if (!kind) continue;
      const key = kind === 'acronym' ? name.trim() : name.trim().toLowerCase();
      (kind === 'acronym' ? acronyms : loose).add(key);
      const list = byName.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byName.set(key, list);
    }
  }
  // Longest first so "China Mobile Limited" wins over "China Mobile"; Latin and digit names need word edges
  // (no letter or digit right before or after), Han names do not (Chinese has no spaces).
  const alternation = (names: Set<string>) =>
    [...names]
      .sort((a, b) => b.length - a.length)
      .map((n) => {
        const body = escape(n).replace(/\s+/g, '\\s*');
        const start = LATIN_OR_DIGIT.test(n[0]) ? '(?<![A-Za-z0-9])' : '';
        const end = LATIN_OR_DIGIT.test(n[n.length - 1]) ? '(?![A-Za-z0-9])' : '';
        return `${start}${body}${end}`;
      })
      .join('|');
  const m: Matcher = {
    loose: loose.size ? new RegExp(alternation(loose), 'giu') : null,
    acronyms: acronyms.size ? new RegExp(alternation(acronyms), 'gu') : null,
    byName,
    shortNames,
  };
  cache.set(index, m);
  return m;
}

/**
 * Every brand the text names, in order of first appearance (title first, as the scanner builds brandText),
 * one mention per organisation. `preferRegion` picks among organisations sharing a name (Vodafone UK / DE / AU).
 */
export function brandMentions(brandText: string, index: RegistryIndex, preferRegion?: string): BrandMention[] {
  const text = brandText.slice(0, MAX_BRAND_TEXT);
  if (!text) return [];
  const m = matcher(index);
  const found: { at: number; key: string; raw: string }[] = [];
  for (const re of [m.loose, m.acronyms]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (const match of text.matchAll(re)) {
      const raw = match[0];
      const key = re === m.acronyms ? raw : raw.toLowerCase();
      found.push({ at: match.index ?? 0, key: m.byName.has(key) ? key : key.replace(/\s+/g, ' '), raw });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: BrandMention[] = [];
  for (const f of found) {
    const entries = m.byName.get(f.key) ?? findByCompactKey(m, f.key);
    if (!entries?.length) continue;
    const entry = entries.find((e) => e.region === preferRegion) ?? entries[0];
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    out.push({ entry, name: f.raw });
  }
  return out;
}

/** A name matched with different spacing ("中国 移动", "ChinaMobile") maps back by its space-free form. */
function findByCompactKey(m: Matcher, key: string): IndexEntry[] | undefined {
  const compact = key.replace(/\s+/g, '');
  for (const [name, entries] of m.byName) if (name.replace(/\s+/g, '').toLowerCase() === compact.toLowerCase()) return entries;
  return undefined;
}

/**
 * The brand a page impersonates: the first brand named in its prominent text that the site does not belong to.
 * `siteOrgId` is the registry entry of the site itself (none for unknown sites); a page on China Mobile's own site
 * naming China Mobile is not impersonation.
 */
export function findImpersonation(
  brandText: string,
  index: RegistryIndex,
  opts: { siteOrgId?: string; preferRegion?: string; hostName?: string } = {},
): BrandMention | null {
  return (
    brandMentions(brandText, index, opts.preferRegion).find((b) => b.entry.id !== opts.siteOrgId) ??
    (opts.hostName ? shortNameInHost(brandText, index, opts.hostName, opts) : null)
  );
}

/**
 * A short name (Jio, AIS, TIM) is too common a string to count on its own, but a page titled "Jio KYC update" on
 * jio-kyc-update.in.net names Jio twice: in its text and as a whole word of its own address. `hostName` is the host
 * without its public suffix.
 */
function shortNameInHost(
  brandText: string,
  index: RegistryIndex,
  hostName: string,
  opts: { siteOrgId?: string; preferRegion?: string },
): BrandMention | null {
  const m = matcher(index);
  const tokens = new Set(hostName.toLowerCase().split(/[.-]+/));
  const text = brandText.slice(0, MAX_BRAND_TEXT);
  for (const word of text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []) {
    const entries = m.shortNames.get(word.toLowerCase());
    if (!entries || !tokens.has(word.toLowerCase())) continue;
    const entry = entries.find((e) => e.region === opts.preferRegion) ?? entries[0];
    if (entry.id !== opts.siteOrgId) return { entry, name: word };
  }
  return null;
}
