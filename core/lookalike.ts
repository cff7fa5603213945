// Lookalike domains of registry domains, in the manner of Chromium's lookalike checks
// (components/lookalikes/core/lookalike_url_util.cc): compare Unicode skeletons, not raw strings; allow one edit
// only on labels long enough that one edit is not a different word; catch a registry domain embedded in a longer
// host ("target embedding"); and catch a brand written next to a lure keyword ("chinamobile-kyc", "10086-smrz").
// Pure: takes a HostInfo and a RegistryIndex; the derived tables are built once per index and cached.
import { skeleton } from './confusables';
import type { HostInfo } from './domain';
import type { IndexEntry, RegistryIndex } from './registry-index';

export type LookalikeKind = 'homoglyph' | 'edit' | 'embedded' | 'brand-keyword' | 'tld-swap';

export interface Lookalike {
  kind: LookalikeKind;
  entry: IndexEntry;
  /** The registry domain (or brand word) the host imitates. */
  target: string;
  /** For brand-keyword: the lure word next to the brand ("kyc", "smrz"). */
  keyword?: string;
}

/**
 * Shortest registry label (in characters as registered, not skeleton) for which one edit still counts. Chromium uses
 * edit distance only on long enough top domains; measured on ../shared/data/popular-domains.txt, 5-letter alphabetic
 * labels collide with famous real sites (uspis → usps.com, uidai → uidapi.com), 6 do not. Numbers are different:
 * 10086 → 1086 / 100086 still reads as China Mobile's number, and no popular domain is one digit from one.
 */
export const MIN_EDIT_LABEL_LENGTH = 6;
export const MIN_EDIT_NUMERIC_LABEL_LENGTH = 5;
/**
 * Floor for a TLD swap (10086.top for 10086.cn). Four letters is enough because swaps into .com/.net/.org are not
 * counted (BRAND_HOME_SUFFIXES): a bank's acronym on a cheap new TLD (icbc.top) is a scam's choice; at three
 * letters (boc, ccb, cib) too many unrelated sites share the name.
 */
export const MIN_TLD_SWAP_LABEL_LENGTH = 4;
/**
 * Suffixes where a brand's name on another TLD is most often the brand itself (telstra.com for telstra.com.au):
 * an alphabetic TLD swap into these is not a lookalike verdict. Scam kits register cheap new TLDs (.top, .xyz, .vip).
 * Numeric brands (10086.com) are flagged on every TLD.
 */
const BRAND_HOME_SUFFIXES = new Set(['com', 'net', 'org']);
/**
 * Country-code TLDs sold worldwide as generic names (and favoured by scam kits for it): a brand's name there is
 * treated like a name on a cheap new TLD, not like another country's company.
 */
const GENERIC_CCTLDS = new Set(['cc', 'co', 'io', 'me', 'tv', 'ws', 'la', 'to', 'ai', 'gg', 'ly', 'fm', 'pw', 'tk', 'ml', 'ga', 'cf', 'gq', 'cx', 'su']);

/**
 * A name on another country's TLD (telkom.co.za beside Telekom's telekom.de, a one-letter difference) is most often
 * that country's own company: lookalike checks by name give way to it, as Chromium's give way to a top domain.
 * Scams aimed at a brand's customers use the brand's own country's TLD (10086.cn → 1oo86.cn), .com, or a cheap
 * generic TLD, and those still count. Registry regions are ISO codes; the UK's TLD is .uk.
 */
function foreignCountryTld(suffix: string, target: Target): boolean {
  const tld = suffix.slice(suffix.lastIndexOf('.') + 1);
  return /^[a-z]{2}$/.test(tld) && !GENERIC_CCTLDS.has(tld) && !target.homeTlds.has(tld);
}

/** The country-code TLD of a registry region (ISO codes; the UK's TLD is .uk). */
function regionTld(region: string): string {
  return region === 'GB' ? 'uk' : region.toLowerCase();
}

/** Brand words this long are distinctive even inside a longer word ("mychinamobilekyc"); shorter ones need separators. */
export const LONG_BRAND_LENGTH = 7;
/** Shortest alphabetic brand word taken from registry domains and aliases ("icbc", "jio" is too short). */
export const MIN_BRAND_LENGTH = 4;
/** Shortest number taken as a brand from domains and aliases; shorter ones only from NUMERIC_BRANDS. */
export const MIN_NUMERIC_BRAND_LENGTH = 5;

/**
 * Short numbers that are brands in China only together with a lure keyword (189 is China Telecom's domain and
 * prefix; 10000/10099 its and China Broadnet's hotlines). Never matched inside a longer run of digits.
 */
const NUMERIC_BRANDS: Record<string, string> = {
  '189': 'cn-china-telecom',
  '10000': 'cn-china-telecom',
  '10010': 'cn-china-unicom',
  '10086': 'cn-china-mobile',
  '10099': 'cn-china-broadnet',
};

/**
 * Pinyin spellings scam domains use for Chinese brands (yidong-kyc.top = 移动). Curated because the registry
 * holds Chinese names, and turning 建设银行 into "jianshe" at run time would ship a pinyin dictionary.
 * Every id is checked against the registry in tests/unit/lookalike.test.ts.
 */
export const PINYIN_BRANDS: Record<string, string> = {
  zhongguoyidong: 'cn-china-mobile',
  yidong: 'cn-china-mobile',
  liantong: 'cn-china-unicom',
  zhongguoliantong: 'cn-china-unicom',
  dianxin: 'cn-china-telecom',
  zhongguodianxin: 'cn-china-telecom',
  guangdian: 'cn-china-broadnet',
  gongshang: 'cn-icbc',
  gonghang: 'cn-icbc',
  jianshe: 'cn-ccb',
  jianhang: 'cn-ccb',
  nongye: 'cn-abc',
  nonghang: 'cn-abc',
  zhongguoyinhang: 'cn-boc',
  zhonghang: 'cn-boc',
  jiaohang: 'cn-bocom',
  jiaotong: 'cn-bocom',
  zhaohang: 'cn-cmb',
  zhaoshang: 'cn-cmb',
  youchu: 'cn-psbc',
  yinlian: 'cn-unionpay',
  yunshanfu: 'cn-unionpay',
  zhifubao: 'cn-alipay',
  caifutong: 'cn-wechat-pay',
  shebao: 'cn-mohrss',
  renshe: 'cn-mohrss',
  fanzha: 'cn-national-anti-fraud-center',
  yizhengtongcha: 'cn-caict-yizhengtongcha',
  tielu: 'cn-12306',
};

/**
 * Words that are brands in the registry but everyday words elsewhere (orange, three, free, bell …): never used as
 * brand words for brand+keyword or TLD swap, or "free-login.com" would be a lookalike of Free Mobile.
 */
const COMMON_WORDS = new Set([
  'free', 'three', 'orange', 'metro', 'cricket', 'bell', 'wind', 'idea', 'tre', 'magenta', 'freedom', 'fizz',
  'fido', 'login', 'identitytheft', 'socialsecurity', 'consumer', 'europa', 'digital', 'police', 'policereport',
  'mailfraud', 'reportfraud', 'mybank', 'pingan', 'rogers', 'cyber', 'cybercrime', 'scamshield', 'report',
  'bank', // bank.gov.ua (National Bank of Ukraine): t-bank-app.ru is T-Bank's, not a lookalike of it
  'jazz', 'maya', // Jazz (Pakistan), Maya (Philippines): jazz.org and maya.com are nobody's lookalikes
]);

/**
 * Brands that run sites on many TLDs of their own (movistar.com.ar, telekom.com, rakuten.com): another TLD is
 * more likely theirs than a scammer's, so no TLD-swap or one-edit verdict for them (brand + keyword still applies).
 */
const MULTI_TLD_BRANDS = new Set(['movistar', 'telekom', 'rakuten', 'softbank', 'docomo', 'vodafone', 'hsbc', 'airtel', 'telefonica', 'santander', 'maybank']);

/**
 * Lure words that, next to a brand, make a domain a lookalike (Chromium's "brand + keyword" heuristic uses a list
 * learnt from phishing; this one is from the real-name / KYC lures in ../shared/corpus: 实名认证 = shiming renzheng
 * = smrz, 身份证 = shenfenzheng = sfz, 积分兑换 = jifen duihuan …). Matched as substrings of the rest of the host.
 */
const KEYWORDS = [
  'kyc', 'verify', 'verif', 'valid', 'auth', 'login', 'logon', 'signin', 'secure', 'security', 'account', 'update',
  'confirm', 'support', 'service', 'servic', 'help', 'online', 'official', 'portal', 'app', 'wap', 'kefu', 'smrz',
  'shiming', 'realname', 'renzheng', 'sfz', 'shenfen', 'idcard', 'card', 'sim', 'refund', 'bonus', 'reward', 'gift',
  'jifen', 'duihuan', 'lingqu', 'pay', 'bank', 'vip', 'gov', 'check', 'unlock', 'recover', 'claim', 'billing',
  'invoice', 'wallet', 'hk', 'cn', 'id', 'rz', 'kf', 'my', 'www', 'web', 'net', 'mobile', 'telecom', 'user', 'member',
  'center', 'centre', 'zhongxin', 'guanwang', 'gw', 'tz', 'sms', 'msg', 'notice', 'alert', 'ticket', 'register',
  'regist', 'activate', 'jihuo', 'banli', 'renew', 'upgrade', 'shengji', 'bangding', 'jiebang', 'tuikuan',
];
/**
 * The lure words of our threat itself (KYC, verify, 实名 smrz/shiming/renzheng, 身份 sfz/shenfen, refund): next to
 * even an everyday-word brand ("orange-verify", "three-kyc") they make a lookalike.
 */
const STRONG_KEYWORDS = ['kyc', 'verify', 'verif', 'smrz', 'shiming', 'realname', 'renzheng', 'sfz', 'shenfen', 'idcard', 'refund'];
/** Keywords this short match only as a whole token ("10086-cn", not "10086ncnx"). */
const SHORT_KEYWORD_LENGTH = 2;

interface Target {
  entry: IndexEntry;
  domain: string;
  /** The label is registered by the brand in several regions (see lookalikeIndex). */
  multiTld?: boolean;
  /** Country-code TLDs of every region a registry entry holds this label in (vodafone: de, uk). */
  homeTlds: Set<string>;
}
interface Brand {
  word: string;
  entry: IndexEntry;
  numeric: boolean;
  /** From NUMERIC_BRANDS below MIN_NUMERIC_BRAND_LENGTH: needs a keyword, a separator alone is not enough. */
  needsKeyword: boolean;
  /** An everyday word (orange, three, police): only next to an ID-verification lure word (STRONG_KEYWORDS). */
  common?: boolean;
  /** A three-letter name (jio.com, tim.it): only as a whole token between separators, next to a STRONG_KEYWORDS word. */
  short?: boolean;
}

export interface LookalikeIndex {
  byDomain: Map<string, IndexEntry>;
  /** skeleton(registry domain) → target, for homoglyph IDNs of the whole domain. */
  domainSkeletons: Map<string, Target>;
  /** skeleton(label without suffix) → targets, for TLD swaps. */
  labelSkeletons: Map<string, Target>;
  /** skeleton(label) → target for labels long enough for one-edit checks. */
  editLabels: Map<string, Target>;
  /** Edit neighbourhoods of long labels: deletions (with and without position) and transpositions. */
  deletions: Map<string, Target>;
  positionalDeletions: Map<string, Target>;
  transpositions: Map<string, Target>;
  /** Brand words by their first three characters as one number (a prefilter that allocates nothing per position). */
  brandsByPrefix: Map<number, Brand[]>;
  /** "length:first two" and "length:last two" characters of edit labels, ±1 length: one edit keeps one end intact. */
  editEnds: Set<string>;
}

const cache = new WeakMap<RegistryIndex, LookalikeIndex>();

function labelOf(domain: string): { label: string; suffix: string } {
  // Registry domains are ASCII eTLD+1: the label is the first label; a www.gov.cn-style entry keeps "www".
  const dot = domain.indexOf('.');
  return { label: domain.slice(0, dot), suffix: domain.slice(dot + 1) };
}

/** Builds (once per index) the tables the checks use. */
export function lookalikeIndex(index: RegistryIndex): LookalikeIndex {
  const hit = cache.get(index);
  if (hit) return hit;
  const li: LookalikeIndex = {
    byDomain: new Map(),
    domainSkeletons: new Map(),
    labelSkeletons: new Map(),
    editLabels: new Map(),
    deletions: new Map(),
    positionalDeletions: new Map(),
    transpositions: new Map(),
    brandsByPrefix: new Map(),
    editEnds: new Set(),
  };
  const brands = new Map<string, Brand>();
  const addBrand = (word: string, entry: IndexEntry, needsKeyword = false, common = false, short = false) => {
    if (brands.has(word)) return;
    brands.set(word, { word, entry, numeric: /^\d+$/.test(word), needsKeyword, common: common || short, short });
  };
  // Regions each label is registered in: a label in several regions (vodafone.de, vodafone.co.uk) is a
  // multinational brand, and its name on another country's TLD is most likely its own.
  const labelRegions = new Map<string, Set<string>>();
  for (const entry of index.entries) {
    for (const domain of entry.domains) {
      const { label } = labelOf(domain);
      const set = labelRegions.get(label) ?? new Set();
      set.add(entry.region);
      labelRegions.set(label, set);
    }
  }
  const addEdits = (form: string, target: Target) => {
    if (!li.editLabels.has(form)) li.editLabels.set(form, target);
    for (const len of [form.length - 1, form.length, form.length + 1]) {
      li.editEnds.add(`${len}<${form.slice(0, 2)}`);
      li.editEnds.add(`${len}>${form.slice(-2)}`);
    }
    for (let i = 0; i < form.length; i++) {
      const del = form.slice(0, i) + form.slice(i + 1);
      if (!li.deletions.has(del)) li.deletions.set(del, target);
      if (!li.positionalDeletions.has(`${i}:${del}`)) li.positionalDeletions.set(`${i}:${del}`, target);
      if (i + 1 < form.length && form[i] !== form[i + 1]) {
        const swapped = form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2);
        if (!li.transpositions.has(swapped)) li.transpositions.set(swapped, target);
      }
    }
  };
  for (const entry of index.entries) {
    for (const domain of entry.domains) {
      li.byDomain.set(domain, entry);
      const { label } = labelOf(domain);
      const word = label.replace(/-/g, '');
      const multiTld = (labelRegions.get(label)?.size ?? 0) > 1 || MULTI_TLD_BRANDS.has(word);
      const homeTlds = new Set([...(labelRegions.get(label) ?? [])].map(regionTld));
      const target: Target = { entry, domain, multiTld, homeTlds };
      li.domainSkeletons.set(skeleton(domain), target);
      const skel = skeleton(label);
      if (isBrandWord(word)) addBrand(word, entry);
      else if (COMMON_WORDS.has(word) && word.length >= MIN_BRAND_LENGTH) addBrand(word, entry, true, true);
      else if (/^[a-z]{3}$/.test(word)) addBrand(word, entry, true, false, true); // jio-kyc-update.in.net
      if (label.includes('-') && isBrandWord(word)) addBrand(label, entry); // "t-mobile", "antifraudcentre-centreantifraude"
      // Everyday words (bell.ca, fido.ca) are only compared whole and by one edit, never by name on another TLD.
      if (!COMMON_WORDS.has(word) && label.length >= MIN_TLD_SWAP_LABEL_LENGTH && !li.labelSkeletons.has(skel)) {
        li.labelSkeletons.set(skel, target);
      }
      const numeric = /^\d+$/.test(label);
      if (label.length < (numeric ? MIN_EDIT_NUMERIC_LABEL_LENGTH : MIN_EDIT_LABEL_LENGTH)) continue;
      // Edits on the skeleton (homoglyph + one edit) and on the plain label: m → rn in the skeleton would make
      // "chinaobile" (one letter dropped) two edits away from "chinarnobile".
      addEdits(skel, target);
      if (label !== skel) addEdits(label, target);
    }
    for (const alias of entry.aliases) {
      const word = alias.toLowerCase().replace(/[\s.&'’-]/g, '');
      if (isBrandWord(word)) addBrand(word, entry);
    }
  }
  const byId = new Map(index.entries.map((e) => [e.id, e]));
  for (const [word, id] of Object.entries(NUMERIC_BRANDS)) {
    const entry = byId.get(id);
    if (entry) addBrand(word, entry, word.length < MIN_NUMERIC_BRAND_LENGTH);
  }
  for (const [word, id] of Object.entries(PINYIN_BRANDS)) {
    const entry = byId.get(id);
    if (entry) addBrand(word, entry, true);
  }
  for (const brand of brands.values()) {
    const key = prefixKey(brand.word, 0);
    const list = li.brandsByPrefix.get(key) ?? [];
    list.push(brand);
    // Longest first, so "chinamobileltd" wins over "chinamobile" at the same position.
    list.sort((a, b) => b.word.length - a.word.length);
    li.brandsByPrefix.set(key, list);
  }
  cache.set(index, li);
  return li;
}

/** The three characters at `pos` as one number (brand words are ASCII, so 8 bits each suffice). */
function prefixKey(text: string, pos: number): number {
  return ((text.charCodeAt(pos) & 0xff) << 16) | ((text.charCodeAt(pos + 1) & 0xff) << 8) | (text.charCodeAt(pos + 2) & 0xff);
}

function isBrandWord(word: string): boolean {
  if (/^\d+$/.test(word)) return word.length >= MIN_NUMERIC_BRAND_LENGTH;
  return /^[a-z0-9]+$/.test(word) && /[a-z]/.test(word) && word.length >= MIN_BRAND_LENGTH && !COMMON_WORDS.has(word);
}

/**
 * The lookalike verdict for a host that is neither official nor government (the caller checks those first, so a
 * registry domain or one of its subdomains never reaches here), or null.
 */
export function findLookalike(info: HostInfo, index: RegistryIndex): Lookalike | null {
  if (info.isIp || !info.suffix) return null;
  const li = lookalikeIndex(index);
  return embedded(info, li) ?? skeletonMatch(info, li) ?? brandKeyword(info, li);
}

/** A registry domain written inside a longer host: 10086.cn.verify-id.com, www-10086-cn.top, icbc-com-cn.xyz. */
function embedded(info: HostInfo, li: LookalikeIndex): Lookalike | null {
  const labels = info.host.split('.');
  // Dotted: windows of 2–4 labels inside the subdomain (left of the host's own registrable domain), so
  // qq.com.cn, a domain of its own, is not "qq.com embedded".
  const sub = info.subdomain ? info.subdomain.split('.') : [];
  for (let i = 0; i < sub.length - 1; i++) {
    for (let n = 2; n <= 4 && i + n <= sub.length; n++) {
      const candidate = sub.slice(i, i + n).join('.');
      const entry = li.byDomain.get(candidate);
      if (entry) return { kind: 'embedded', entry, target: candidate };
    }
  }
  // Hyphenated: "10086-cn", "icbc-com-cn" inside one label.
  for (const label of labels) {
    if (!label.includes('-')) continue;
    const parts = label.split('-');
    for (let i = 0; i < parts.length - 1; i++) {
      for (let n = 2; n <= 4 && i + n <= parts.length; n++) {
        const candidate = parts.slice(i, i + n).join('.');
        const entry = li.byDomain.get(candidate);
        if (entry) return { kind: 'embedded', entry, target: candidate };
      }
    }
  }
  return null;
}

/** Homoglyphs of a whole registry domain, one edit (on the skeleton of a long label), or the same label on another TLD. */
function skeletonMatch(info: HostInfo, li: LookalikeIndex): Lookalike | null {
  const whole = li.domainSkeletons.get(skeleton(info.domainUnicode));
  if (whole && whole.domain !== info.domain) return { kind: 'homoglyph', entry: whole.entry, target: whole.domain };
  const label = skeleton(info.label);
  const same = li.labelSkeletons.get(label);
  if (same) {
    const sameLabel = info.label === labelOf(same.domain).label;
    if (!sameLabel) return { kind: 'homoglyph', entry: same.entry, target: same.domain };
    // The same name on .com/.net/.org is most often the brand's own (BRAND_HOME_SUFFIXES), and so is a
    // multinational's name on another country's TLD; on a cheap new TLD it is a swap.
    const numeric = /^\d+$/.test(info.label);
    const ccTld = /^[a-z]{2}$/.test(info.suffix.slice(info.suffix.lastIndexOf('.') + 1));
    const home =
      !numeric && (BRAND_HOME_SUFFIXES.has(info.suffix) || (!!same.multiTld && ccTld) || foreignCountryTld(info.suffix, same));
    return home ? null : { kind: 'tld-swap', entry: same.entry, target: same.domain };
  }
  const plain = /^[a-z0-9-]+$/.test(info.label) ? info.label : null;
  const edit = oneEdit(label, li) ?? (plain && plain !== label ? oneEdit(plain, li) : undefined);
  if (!edit || (!/^\d+$/.test(info.label) && foreignCountryTld(info.suffix, edit))) return null;
  return { kind: 'edit', entry: edit.entry, target: edit.domain };
}

function oneEdit(label: string, li: LookalikeIndex): Target | undefined {
  // The registry label itself on another suffix is a TLD question (answered above), never "one edit".
  if (label.length < MIN_EDIT_NUMERIC_LABEL_LENGTH - 1 || li.editLabels.has(label)) return undefined;
  if (!li.editEnds.has(`${label.length}<${label.slice(0, 2)}`) && !li.editEnds.has(`${label.length}>${label.slice(-2)}`)) return undefined;
  return li.deletions.get(label) ?? li.transpositions.get(label) ?? editByInsertOrSubstitute(label, li);
}

function editByInsertOrSubstitute(label: string, li: LookalikeIndex): Target | undefined {
  for (let i = 0; i < label.length; i++) {
    const del = label.slice(0, i) + label.slice(i + 1);
    // One character inserted: deleting it gives the registry label (kept as its own skeleton in labelSkeletons).
    const inserted = li.editLabels.get(del);
    if (inserted) return inserted;
    const substituted = li.positionalDeletions.get(`${i}:${del}`);
    if (substituted) return substituted;
  }
  return undefined;
}

const DIGIT = /[0-9]/;
const SEPARATOR = /[.-]/;

/** A brand word plus a lure keyword anywhere in the host (minus its public suffix). */
function brandKeyword(info: HostInfo, li: LookalikeIndex): Lookalike | null {
  const ascii = !/[^\x00-\x7f]/.test(info.hostUnicode);
  const name = ascii
    ? info.host.slice(0, info.host.length - info.suffix.length - 1)
    : skeleton(info.hostUnicode.slice(0, info.hostUnicode.length - info.suffix.length - 1));
  // A leading www. is how people type any site, not a lure: www.rakuten.com is rakuten.com (www-10086-cn.top still is one).
  const text = name.startsWith('www.') ? name.slice(4) : name;
  for (let pos = 0; pos + 3 <= text.length; pos++) {
    const candidates = li.brandsByPrefix.get(prefixKey(text, pos));
    if (!candidates) continue;
    for (const brand of candidates) {
      if (!text.startsWith(brand.word, pos)) continue;
      const end = pos + brand.word.length;
      const before = text[pos - 1] ?? '.';
      const after = text[end] ?? '.';
      if (brand.numeric && (DIGIT.test(before) || DIGIT.test(after))) continue; // inside a longer number
      const bounded = SEPARATOR.test(before) && SEPARATOR.test(after);
      if (!brand.numeric && brand.word.length < LONG_BRAND_LENGTH && !(isBoundary(before) && isBoundary(after))) continue;
      if (brand.short && !(SEPARATOR.test(before) && SEPARATOR.test(after))) continue;
      const rest = text.slice(0, pos) + '.' + text.slice(end);
      const keyword = findKeyword(rest, brand.common ? STRONG_KEYWORDS : KEYWORDS);
      // A whole number token next to any other token is enough for distinctive numeric brands (10086-abc.top,
      // 10086.abc.com): nobody else names a site after China Mobile's hotline. Words need a lure keyword
      // (rakuten-sec.co.jp is Rakuten's own), and so do short numbers and pinyin words.
      const otherToken = rest.replace(/[.-]/g, '');
      if (keyword || (bounded && brand.numeric && !brand.needsKeyword && otherToken.length > 0)) {
        return { kind: 'brand-keyword', entry: brand.entry, target: brand.word, keyword: keyword ?? undefined };
      }
    }
  }
  return null;
}

function isBoundary(ch: string): boolean {
  return SEPARATOR.test(ch) || DIGIT.test(ch);
}

function findKeyword(rest: string, keywords: readonly string[]): string | null {
  const tokens = rest.split(/[.-]+/).filter(Boolean);
  for (const kw of keywords) {
    if (kw.length <= SHORT_KEYWORD_LENGTH) {
      if (tokens.includes(kw)) return kw;
    } else if (rest.includes(kw)) return kw;
  }
  return null;
}
