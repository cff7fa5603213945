// National ID numbers a person may type or paste into a form: which kind of ID a field's value is, by its check
// digit or strict structure. Pure (no DOM, no browser API); loaded only in the page kit, and only ever given the
// value of one field in the page: no number leaves the page (the caller sends at most the kind).
//
// Checksums come from `stdnum` (MIT) where it has the format, imported per module so the kit carries only these;
// the formats it lacks are small functions below, each with its source. Some IDs carry no check at all (US SSN,
// PhilSys numbers, Macau's without its bracketed check digit): those count only in a field whose own words name
// them, as `NAMED_ONLY` says.
import { validate as brCpf } from 'stdnum/lib/esm/br/cpf';
import { validate as cnRic } from 'stdnum/lib/esm/cn/ric';
import { validate as hkId } from 'stdnum/lib/esm/hk/hkid';
import { validate as inAadhaar } from 'stdnum/lib/esm/in/aadhaar';
import { validate as inPan } from 'stdnum/lib/esm/in/pan';
import { validate as krRrn } from 'stdnum/lib/esm/kr/rrn';
import { validate as myNric } from 'stdnum/lib/esm/my/nric';
import { validate as thIdnr } from 'stdnum/lib/esm/th/idnr';
import { validate as twNatId } from 'stdnum/lib/esm/tw/natid';
import { validate as usSsn } from 'stdnum/lib/esm/us/ssn';

/** The kinds of national ID number recognised, most specific first (the order a match is reported in). */
export const ID_NUMBER_KINDS = [
  'cn-ric',
  'hk-id',
  'tw-id',
  'sg-nric',
  'in-pan',
  'kr-rrn',
  'th-id',
  'id-nik',
  'br-cpf',
  'in-aadhaar',
  'jp-mynumber',
  'vn-cccd',
  'my-nric',
  'mo-bir',
  'ph-psn',
  'us-ssn',
] as const;

export type IdNumberKind = (typeof ID_NUMBER_KINDS)[number];

/** Longest value looked at: a field holding more than this is not one ID number. */
const MAX_VALUE_CHARS = 40;

/**
 * Separators people type inside numbers, removed before the checks (stdnum does the same per format; done once
 * here so the shape tests below see the compact value too).
 */
const SEPARATORS = /[\s\-./·]/g;

/** A value that is one digit repeated (placeholders, test input: 111111111111 passes CPF's and others' checks). */
const REPDIGIT = /^(\d)\1*$/;

/**
 * Indonesia NIK: PPRRSS DDMMYY NNNN. Province codes of Kemendagri / BPS (Sumatra 11–19, Riau Islands 21, Java
 * 31–36, Bali and Nusa Tenggara 51–53, Kalimantan 61–65, Sulawesi 71–76, Maluku 81–82, Papua 91–96 with the
 * 2022 provinces); regencies are numbered from 01 (the largest province has 29) and cities from 71; women's day
 * of birth has 40 added. https://id.wikipedia.org/wiki/Nomor_Induk_Kependudukan
 */
const NIK_PROVINCES = /^(1[1-9]|21|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[12]|9[1-6])$/;

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Luhn (ISO/IEC 7812): payment card numbers pass it; a NIK-shaped card number must not count as a NIK. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function isNik(v: string): boolean {
  if (!/^\d{16}$/.test(v) || !NIK_PROVINCES.test(v.slice(0, 2))) return false;
  const regency = +v.slice(2, 4);
  if (!((regency >= 1 && regency <= 29) || (regency >= 71 && regency <= 79)) || v.slice(4, 6) === '00') return false;
  const day = +v.slice(6, 8) % 40;
  const month = +v.slice(8, 10);
  const yy = +v.slice(10, 12);
  // The year has two digits: 29 February is valid when either century's year is a leap year.
  if (!validDate(1900 + yy, month, day) && !validDate(2000 + yy, month, day)) return false;
  // A 16-digit card number can have this shape too; one passing the card check is taken for a card (this also
  // drops a tenth of real NIKs, the price of never warning about a card number).
  return v.slice(12) !== '0000' && !luhn(v);
}

/**
 * Singapore NRIC / FIN: prefix letter, 7 digits, check letter. Weights 2 7 6 5 4 3 2, plus 4 for T and G and 3
 * for M; ICA's check-letter tables as implemented by GovTech's FormSG (opengovsg, shared/utils/nric-validation).
 */
const SG_CHECK: Record<string, [number, string]> = {
  S: [0, 'JZIHGFEDCBA'],
  T: [4, 'JZIHGFEDCBA'],
  F: [0, 'XWUTRQPNMLK'],
  G: [4, 'XWUTRQPNMLK'],
  M: [3, 'XWUTRQPNJLK'],
};
const SG_WEIGHTS = [2, 7, 6, 5, 4, 3, 2];

function isSgNric(v: string): boolean {
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(v);
  if (!m) return false;
  const [offset, letters] = SG_CHECK[m[1]];
  let sum = offset;
  for (let i = 0; i < 7; i++) sum += SG_WEIGHTS[i] * (m[2].charCodeAt(i) - 48);
  return letters[sum % 11] === m[3];
}

/**
 * Japan My Number (個人番号): 11 digits and a check digit, weights 6 5 4 3 2 7 6 5 4 3 2; remainder ≤ 1 → 0, else
 * 11 − remainder (総務省令第85号 第5条, as python-stdnum's jp.in_ implements it).
 */
const JP_WEIGHTS = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function isMyNumber(v: string): boolean {
  if (!/^\d{12}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += JP_WEIGHTS[i] * (v.charCodeAt(i) - 48);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === v.charCodeAt(11) - 48;
}

/**
 * Vietnam CCCD (căn cước công dân), 12 digits: the province of birth's 3-digit code, a century-and-sex digit
 * (0/1: 1900s, 2/3: 2000s), the year of birth's last two digits, 6 serial digits (Thông tư 07/2016/TT-BCA, Điều 7;
 * the province codes of Quyết định 124/2004/QĐ-TTg, which the cards kept after the 2025 merger of provinces).
 */
const VN_PROVINCES = new Set(
  '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'.split(' '),
);

function isCccd(v: string, now: Date): boolean {
  if (!/^\d{12}$/.test(v) || !VN_PROVINCES.has(v.slice(0, 3))) return false;
  const century = v.charCodeAt(3) - 48;
  if (century > 3) return false;
  const year = (century < 2 ? 1900 : 2000) + +v.slice(4, 6);
  return year <= now.getUTCFullYear();
}

/** Chinese resident ID: the first two digits are a province of GB/T 2260 (71 Taiwan, 81/82/83 HK/Macau/Taiwan residence permits). */
const CN_PROVINCES = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])/;

/**
 * Macau resident ID (BIR): 1, 5 or 7, six digits and a check digit, written 1234567(8). Its check digit's rule is
 * not published, so only the shape with the bracket counts, or the plain 8 digits in a field that names the card.
 */
const MO_BRACKETED = /^[157]\d{6}\(\d\)$/;
const MO_PLAIN = /^[157]\d{7}$/;

/** Words a field must carry for the formats with no check (matched on its label, name, id and placeholder). */
export const NAMED_ONLY: Partial<Record<IdNumberKind, RegExp>> = {
  'us-ssn': /\bssn\b|social\s*security|ss#/i,
  'ph-psn': /philsys|\bpsn\b|\bpcn\b|phil\s*id|national\s*id/i,
  'mo-bir': /\bbir\b|macau|macao|澳門|澳门|residente/i,
};

/**
 * Formats where about 1 in 10 to 1 in 100 random numbers of their length pass (one check digit over 12–13 digits,
 * or a structure with no check: tests/unit/id-numbers.test.ts measures it). A 12-digit parcel or order number is
 * common enough that these count only where something points to their country: the browser's languages, the
 * page's language or country domain (`regions`), or the field's own words naming the ID.
 */
export const WEAK: Partial<Record<IdNumberKind, { region: string; named: RegExp }>> = {
  'in-aadhaar': { region: 'IN', named: /aadh?aar|आधार|\buid\b/i },
  'jp-mynumber': { region: 'JP', named: /マイナンバー|個人番号|my\s*number/i },
  'th-id': { region: 'TH', named: /บัตรประชาชน|เลขประจำตัว|thai\s*id/i },
  'my-nric': { region: 'MY', named: /mykad|kad\s*pengenalan|\bnric\b|\bic\b/i },
  'vn-cccd': { region: 'VN', named: /cccd|căn\s*cước|can\s*cuoc|cmnd/i },
  'id-nik': { region: 'ID', named: /\bnik\b|\bktp\b|kependudukan/i },
};

/**
 * Fields that name another kind of number (a phone, a payment card (their own names: 'card number' alone is also an ID card's), a postcode, a one-time code): their values are
 * never read as IDs. A scam that wants an ID number labels its field as something harmless (a member number), not
 * as a phone; a real phone number, though, is 11 digits like a CPF and passes its check once in a hundred.
 */
export const OTHER_NUMBER_FIELD =
  /phone|mobile|celular|whatsapp|credit|debit|postcode|postal|one-time|\b(tel|cell|cc-[a-z-]+|cvv|cvc|iban|zip|otp)|(credit|debit|bank|payment|gift)\s*card|手机|手機|電話|电话|银行卡|信用卡|邮编|郵遞區號|验证码|驗證碼/i;

/** Countries a language tag points to: its region subtag, or the country most of its speakers live in. */
const LANG_REGION: Record<string, string> = {
  hi: 'IN', bn: 'IN', ta: 'IN', te: 'IN', mr: 'IN', gu: 'IN', kn: 'IN', ml: 'IN', pa: 'IN', or: 'IN',
  ja: 'JP', th: 'TH', ms: 'MY', vi: 'VN', id: 'ID', in: 'ID',
};
/** Country-code top-level domains of the WEAK formats' countries. */
const CCTLD_REGION: Record<string, string> = { in: 'IN', jp: 'JP', th: 'TH', my: 'MY', vn: 'VN', id: 'ID' };

/** Countries hinted by language tags (browser, page) and a host name's country-code TLD. */
export function regionHints(languages: readonly string[], host = ''): Set<string> {
  const out = new Set<string>();
  for (const tag of languages) {
    const [lang, ...rest] = String(tag).replace(/_/g, '-').split('-');
    const region = rest.find((p) => /^[A-Za-z]{2}$/.test(p));
    if (region) out.add(region.toUpperCase());
    const byLang = LANG_REGION[lang.toLowerCase()];
    if (byLang) out.add(byLang);
  }
  const tld = CCTLD_REGION[host.slice(host.lastIndexOf('.') + 1).toLowerCase()];
  if (tld) out.add(tld);
  return out;
}

export interface FieldContext {
  /** The field's label, name, id, placeholder and autocomplete, as one string. */
  words?: string;
  /** Countries the browser and page point to (regionHints). */
  regions?: ReadonlySet<string>;
  /** For the birth-year tests (a number born in the future is not one); tests pass a fixed date. */
  now?: Date;
}

/** Plain ASCII, upper case: fullwidth digits and letters (an IME's) become ASCII, so do fullwidth brackets. */
function normalise(value: string): string {
  return value.normalize('NFKC').toUpperCase().trim();
}

const ok = (fn: (v: string) => { isValid: boolean }, v: string) => {
  try {
    return fn(v).isValid;
  } catch {
    return false;
  }
};

/**
 * The kinds of national ID number a field's value is, most specific first; [] for anything else, and for a field
 * that names another kind of number (OTHER_NUMBER_FIELD).
 */
export function idNumberKinds(value: string, field: FieldContext = {}): IdNumberKind[] {
  if (typeof value !== 'string' || value.length > MAX_VALUE_CHARS) return [];
  const words = field.words ?? '';
  if (OTHER_NUMBER_FIELD.test(words)) return [];
  const raw = normalise(value).replace(SEPARATORS, '');
  const brackets = raw.includes('(');
  // HKID's check digit is written in brackets too; every other format has none.
  const v = raw.replace(/[()]/g, '');
  if (v.length < 8 || v.length > 18 || !/^[0-9A-Z]+$/.test(v) || REPDIGIT.test(v)) return [];
  const named = (kind: IdNumberKind) => NAMED_ONLY[kind]!.test(words);
  const found: IdNumberKind[] = [];
  const add = (kind: IdNumberKind, yes: boolean) => {
    if (!yes) return;
    const weak = WEAK[kind];
    if (weak && !field.regions?.has(weak.region) && !weak.named.test(words)) return;
    found.push(kind);
  };
  add('cn-ric', v.length === 18 && CN_PROVINCES.test(v) && ok(cnRic, v));
  add('hk-id', (v.length === 8 || v.length === 9) && /^[A-Z]/.test(v) && ok(hkId, v));
  add('tw-id', v.length === 10 && /^[A-Z]\d/.test(v) && ok(twNatId, v));
  add('sg-nric', v.length === 9 && isSgNric(v));
  // PAN's fourth letter says who holds it: only P (a person) is an ID number; companies' PANs are not.
  add('in-pan', v.length === 10 && v[3] === 'P' && ok(inPan, v));
  add('kr-rrn', v.length === 13 && ok(krRrn, v));
  add('th-id', v.length === 13 && ok(thIdnr, v));
  add('id-nik', isNik(v));
  add('br-cpf', v.length === 11 && /^\d+$/.test(v) && ok(brCpf, v));
  add('in-aadhaar', v.length === 12 && ok(inAadhaar, v));
  add('jp-mynumber', isMyNumber(v));
  add('vn-cccd', isCccd(v, field.now ?? new Date()));
  add('my-nric', v.length === 12 && /^\d+$/.test(v) && ok(myNric, v));
  add('mo-bir', (brackets && MO_BRACKETED.test(raw)) || (MO_PLAIN.test(v) && named('mo-bir')));
  add('ph-psn', (v.length === 12 || v.length === 16) && /^\d+$/.test(v) && named('ph-psn'));
  add('us-ssn', v.length === 9 && /^\d+$/.test(v) && named('us-ssn') && ok(usSsn, v));
  return found;
}
