import { describe, expect, it } from 'vitest';
import { ID_NUMBER_KINDS, idNumberKinds, regionHints, WEAK, type IdNumberKind } from '../../core/id-numbers';

/** Every country a WEAK format needs: the tests of the checks themselves pass all of them. */
const ALL_REGIONS = { regions: new Set(['IN', 'JP', 'TH', 'MY', 'VN', 'ID']) };
const NOW = new Date('2026-12-07T00:00:00Z');

/**
 * Published valid numbers, with where each was published: the standards' own examples, the libraries' test
 * vectors (npm stdnum's *.spec.ts, python-stdnum's doctests), the issuers' documented examples.
 */
const VALID: [IdNumberKind, string, string][] = [
  ['cn-ric', '11010519491231002X', 'GB 11643-1999 example'],
  ['cn-ric', '440524188001010014', 'GB 11643-1999 example'],
  ['cn-ric', '360426199101010071', 'stdnum cn/ric.spec'],
  ['cn-ric', '44011320141005001x', 'python-stdnum test_cn_ric (lower-case x)'],
  ['hk-id', 'G123456(A)', 'stdnum hk/hkid.spec'],
  ['hk-id', 'AB987654(3)', 'stdnum hk/hkid.spec'],
  ['hk-id', 'WX1234569', 'stdnum hk/hkid.spec'],
  ['tw-id', 'A123456789', 'Ministry of the Interior sample number'],
  ['tw-id', 'A200501505', 'stdnum tw/natid.spec'],
  ['tw-id', 'A800000014', 'stdnum tw/natid.spec (2021 format for foreign residents)'],
  ['sg-nric', 'S0000001I', 'ICA check-letter algorithm, FormSG nric-validation'],
  ['sg-nric', 'S1234567D', 'ICA check-letter algorithm, FormSG nric-validation'],
  ['sg-nric', 'T1234567J', 'ICA check-letter algorithm (T: +4)'],
  ['sg-nric', 'F1234567N', 'ICA check-letter algorithm (F table)'],
  ['sg-nric', 'G1234567X', 'ICA check-letter algorithm (G: +4)'],
  ['sg-nric', 'M1234567K', 'FormSG M-series FIN (from 2022: +3, own table)'],
  ['kr-rrn', '971013-9019902', 'stdnum kr/rrn.spec'],
  ['kr-rrn', '850126-6401473', 'stdnum kr/rrn.spec'],
  ['kr-rrn', '880411-2238459', 'python-stdnum test_kr_rrn'],
  ['jp-mynumber', '6214 9832 0257', 'python-stdnum jp.in_'],
  ['jp-mynumber', '123456789018', 'JPMyNumber (PyPI) README'],
  ['in-aadhaar', '2341 2341 2346', 'stdnum in/aadhaar.spec'],
  ['in-pan', 'ACUPA7085R', 'stdnum in/pan.spec'],
  ['in-pan', 'AAPPV8261K', 'python-stdnum test_in_pan'],
  ['in-pan', 'AFZPK7190K', 'python-stdnum test_in_pan'],
  ['id-nik', '3171011708450001', 'python-stdnum id.nik'],
  ['id-nik', '3171015708450001', 'python-stdnum id.nik (woman: day + 40)'],
  ['id-nik', '3578080102030001', 'Cek_NIK README example (Surabaya)'],
  ['th-id', '1112034563562', 'stdnum th/idnr.spec'],
  ['th-id', '3100600445635', 'stdnum th/idnr.spec'],
  ['th-id', '1-1002-00439-84-4', 'python-stdnum test_th_pin'],
  ['vn-cccd', '001090012345', 'Thông tư 07/2016/TT-BCA structure: Hà Nội, man born 1990'],
  ['vn-cccd', '079301000123', 'Thông tư 07/2016/TT-BCA structure: Hồ Chí Minh, woman born 2001'],
  ['my-nric', '770305-02-1234', 'stdnum my/nric.spec'],
  ['my-nric', '890131-06-1224', 'python-stdnum test_my_nric'],
  ['br-cpf', '390.533.447-05', 'stdnum br/cpf.spec'],
  ['br-cpf', '216.957.050-09', 'stdnum br/cpf.spec'],
  ['mo-bir', '1234567(8)', 'DSI format: 1/5/7, six digits, bracketed check digit'],
];

/** Near-misses: one digit changed, digits transposed, a wrong check letter, an impossible date or region. */
const NEAR_MISSES: [IdNumberKind, string, string][] = [
  ['cn-ric', '110105194912310021', 'check digit changed'],
  ['cn-ric', '11010519491231020X', 'two digits transposed'],
  ['cn-ric', '11010519491331002X', 'month 13'],
  ['cn-ric', '99010519491231002X', 'no such province (99)'],
  ['hk-id', 'G123456(B)', 'wrong check letter'],
  ['hk-id', 'AB987645(3)', 'two digits transposed'],
  ['tw-id', 'A123456788', 'check digit changed'],
  ['tw-id', 'A123465789', 'two digits transposed'],
  ['sg-nric', 'S1234567E', 'wrong check letter'],
  ['sg-nric', 'S1234576D', 'two digits transposed'],
  ['sg-nric', 'M1234567D', 'the S table’s letter on an M number'],
  ['kr-rrn', '971013-9019903', 'check digit changed'],
  ['kr-rrn', '971310-9019902', 'month 13'],
  ['jp-mynumber', '621498320258', 'check digit changed'],
  ['jp-mynumber', '621489320257', 'two digits transposed'],
  ['in-aadhaar', '234123412347', 'check digit changed'],
  ['in-aadhaar', '234123142346', 'two digits transposed'],
  ['in-aadhaar', '123412341234', 'starts with 1'],
  ['in-pan', 'AAKFD7113K', 'fourth letter F: a firm, not a person (python-stdnum test_in_pan)'],
  ['in-pan', 'ACUPA708R5', 'letter and digit transposed'],
  ['id-nik', '3171013208450001', 'day 32'],
  ['id-nik', '9971011708450001', 'no such province (99)'],
  ['id-nik', '3150011708450001', 'no such regency (50)'],
  ['id-nik', '4111111111111111', 'a payment card number (passes Luhn)'],
  ['th-id', '1112034563563', 'check digit changed'],
  ['th-id', '0101700230705', 'category 0 does not exist'],
  ['vn-cccd', '003090012345', 'no such province (003)'],
  ['vn-cccd', '001290012345', 'born in 2090'],
  ['my-nric', '771305-02-1234', 'month 13'],
  ['my-nric', '770305-17-1234', 'unassigned place of birth (17)'],
  ['br-cpf', '390.533.447-06', 'check digit changed'],
  ['br-cpf', '390.535.447-03', 'two digits transposed'],
  ['br-cpf', '111.111.111-11', 'one digit repeated (passes the checksum)'],
  ['mo-bir', '2234567(8)', 'first digit not 1, 5 or 7'],
];

describe('idNumberKinds: published numbers', () => {
  it.each(VALID)('%s %s (%s)', (kind, value) => {
    expect(idNumberKinds(value, { ...ALL_REGIONS, now: NOW })).toContain(kind);
  });

  it('every format has published numbers in the table, or is named-only', () => {
    const covered = new Set(VALID.map(([k]) => k));
    expect(ID_NUMBER_KINDS.filter((k) => !covered.has(k))).toEqual(['ph-psn', 'us-ssn']);
  });

  it('reads numbers as people type them: separators, brackets, fullwidth (IME) digits, lower case', () => {
    expect(idNumberKinds('１１０１０５１９４９１２３１００２Ｘ')).toEqual(['cn-ric']);
    expect(idNumberKinds(' 110105 19491231 002x ')).toEqual(['cn-ric']);
    expect(idNumberKinds('ab987654（3）')).toEqual(['hk-id']);
    expect(idNumberKinds('390.533.447-05')).toEqual(['br-cpf']);
  });
});

describe('idNumberKinds: near-misses', () => {
  it.each(NEAR_MISSES)('%s %s is not one (%s)', (kind, value) => {
    expect(idNumberKinds(value, { ...ALL_REGIONS, now: NOW })).not.toContain(kind);
  });

  /** Every check-digit format: the published number with its last character changed to every other value. */
  it.each(VALID.filter(([k]) => !['vn-cccd', 'my-nric', 'id-nik', 'in-pan', 'mo-bir'].includes(k)))(
    '%s %s: any other check character fails',
    (kind, value) => {
      const compact = value.replace(/[\s\-.()（）]/g, '');
      const alphabet = /[A-Z]$/i.test(compact) ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' : '0123456789X';
      for (const c of alphabet) {
        if (c === compact.at(-1)!.toUpperCase()) continue;
        expect(idNumberKinds(compact.slice(0, -1) + c, ALL_REGIONS), `${compact.slice(0, -1)}${c}`).not.toContain(kind);
      }
    },
  );

  /**
   * One digit changed anywhere: the checks that catch every single substitution (weights prime to 11, Verhoeff)
   * accept none; the rest accept few (measured: Taiwan's mod-10 check with even weights, CPF's and Thailand's
   * remainder folding 10 and 11 onto one digit).
   */
  it.each([
    ['cn-ric', '11010519491231002X', 0],
    ['hk-id', 'AB9876543', 0],
    ['sg-nric', 'S1234567D', 0],
    ['kr-rrn', '9710139019902', 0],
    ['in-aadhaar', '234123412346', 0],
    ['jp-mynumber', '621498320257', 0],
    ['br-cpf', '39053344705', 0.02],
    ['th-id', '1112034563562', 0.1],
    ['tw-id', 'A123456789', 0.1],
  ] as const)('%s %s: one digit changed is accepted at most %s of the time', (kind, value, rate) => {
    let accepted = 0;
    let tried = 0;
    for (let i = 0; i < value.length; i++) {
      if (!/\d/.test(value[i])) continue;
      for (let d = 0; d < 10; d++) {
        if (String(d) === value[i]) continue;
        tried++;
        if (idNumberKinds(value.slice(0, i) + d + value.slice(i + 1), ALL_REGIONS).includes(kind)) accepted++;
      }
    }
    expect(accepted / tried).toBeLessThanOrEqual(rate);
  });
});

describe('idNumberKinds: formats with no check or a weak one', () => {
  it('SSN, PhilSys and Macau numbers without their bracket count only in a field that names them', () => {
    expect(idNumberKinds('536-90-4399')).toEqual([]);
    expect(idNumberKinds('536-90-4399', { words: 'Social Security Number' })).toEqual(['us-ssn']);
    expect(idNumberKinds('536904399', { words: 'ssn' })).toEqual(['us-ssn']);
    expect(idNumberKinds('666-90-4399', { words: 'SSN' })).toEqual([]); // area 666 is never issued
    expect(idNumberKinds('1234-5678-9012-3456', { words: 'PhilSys Card Number (PCN)' })).toEqual(['ph-psn']);
    expect(idNumberKinds('1234-5678-9012-3456')).toEqual([]);
    expect(idNumberKinds('12345678', { words: '澳門居民身份證編號' })).toEqual(['mo-bir']);
    expect(idNumberKinds('12345678')).toEqual([]);
  });

  it('a weak format counts where the browser or page points to its country, or the field names it', () => {
    expect(idNumberKinds('2341 2341 2346')).toEqual([]);
    expect(idNumberKinds('2341 2341 2346', { regions: regionHints(['en-IN']) })).toEqual(['in-aadhaar']);
    expect(idNumberKinds('2341 2341 2346', { regions: regionHints(['en-US'], 'shop.example.in') })).toEqual(['in-aadhaar']);
    expect(idNumberKinds('2341 2341 2346', { words: 'Aadhaar number' })).toEqual(['in-aadhaar']);
    expect(idNumberKinds('621498320257', { regions: regionHints(['ja']) })).toEqual(['jp-mynumber']);
    // The strong formats need no hint.
    expect(idNumberKinds('A123456789')).toEqual(['tw-id']);
  });

  it('a field that names another kind of number is never read', () => {
    for (const words of ['Phone', 'mobile number', 'tel-national', 'cc-number', 'Credit card number', 'bank card', '手机号码', 'Postcode', '验证码']) {
      expect(idNumberKinds('390.533.447-05', { words }), words).toEqual([]);
    }
    // An ID card's number is not a payment card's.
    expect(idNumberKinds('390.533.447-05', { words: 'ID card number' })).toEqual(['br-cpf']);
  });

  it('bad input is no ID, never a crash', () => {
    for (const v of ['', ' ', 'x'.repeat(1000), '()()()()()', '((1234567))', null, undefined, 42] as unknown[]) {
      expect(idNumberKinds(v as string)).toEqual([]);
    }
  });
});

describe('regionHints', () => {
  it('reads region subtags, the main country of a language, and a country-code TLD', () => {
    expect([...regionHints(['en-IN', 'zh_TW', 'vi', 'hi'], 'example.co.th')].sort()).toEqual(['IN', 'TH', 'TW', 'VN']);
    expect([...regionHints([], 'example.com')]).toEqual([]);
  });
});

/**
 * The false-match rate of random input per format: random strings of the format's own shape (digits, or its
 * letters and digits), the worst case for a field that holds some other number of that length. Printed, and held
 * to ≤ 1 in 10 for the 10-character formats and far lower for the long ones with a real check. The WEAK formats
 * (one check digit over 12–13 digits, or structure only) come near 1 in 10 by nature: they count only with a
 * region hint or a field that names them, so on a page with neither their rate is 0 (last test).
 */
describe('fuzz: false-match rate of random input', () => {
  let seed = 20;
  const rnd = () => {
    // xorshift32: reproducible across runs
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const pick = (chars: string) => chars[Math.floor(rnd() * chars.length)];
  const D = '0123456789';
  const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const shape = (parts: string[]) => parts.map(pick).join('');
  const digits = (n: number) => shape(Array(n).fill(D));
  const N = 5_000;

  const FORMATS: { kind: IdNumberKind; make: () => string; max: number; words?: string }[] = [
    { kind: 'cn-ric', make: () => digits(18), max: 0.001 },
    { kind: 'hk-id', make: () => shape([L, ...Array(6).fill(D), D + 'A']), max: 0.1 },
    { kind: 'tw-id', make: () => shape([L, ...Array(9).fill(D)]), max: 0.1 },
    { kind: 'sg-nric', make: () => shape(['STFGM', ...Array(7).fill(D), L]), max: 0.1 },
    { kind: 'in-pan', make: () => shape([L, L, L, L, L, D, D, D, D, L]), max: 0.1 },
    { kind: 'kr-rrn', make: () => digits(13), max: 0.005 },
    { kind: 'th-id', make: () => digits(13), max: 0.1 },
    { kind: 'id-nik', make: () => digits(16), max: 0.02 },
    { kind: 'br-cpf', make: () => digits(11), max: 0.02 },
    { kind: 'in-aadhaar', make: () => digits(12), max: 0.1 },
    { kind: 'jp-mynumber', make: () => digits(12), max: 0.12 },
    { kind: 'vn-cccd', make: () => digits(12), max: 0.03 },
    { kind: 'my-nric', make: () => digits(12), max: 0.05 },
    { kind: 'mo-bir', make: () => `${digits(7)}(${digits(1)})`, max: 0.3 },
  ];

  it.each(FORMATS)('$kind: at most $max of random input of its shape matches', ({ kind, make, max }) => {
    let hits = 0;
    for (let i = 0; i < N; i++) if (idNumberKinds(make(), { ...ALL_REGIONS, now: NOW }).includes(kind)) hits++;
    const rate = hits / N;
    console.log(`fuzz ${kind}: ${(rate * 100).toFixed(2)}% of ${N} random ${kind} shapes match`);
    expect(rate).toBeLessThanOrEqual(max);
  }, 20_000);

  it('with no region hint and a plain field, random digit strings of every length rarely match anything', () => {
    const rates: Record<number, number> = {};
    for (const len of [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]) {
      let hits = 0;
      for (let i = 0; i < N / 5; i++) if (idNumberKinds(digits(len), { now: NOW }).length) hits++;
      rates[len] = hits / (N / 5);
    }
    console.log('fuzz, any kind, no hint, by length:', JSON.stringify(rates));
    // CPF (11 digits, two check digits) is the most often matched: about 1 in 100.
    for (const rate of Object.values(rates)) expect(rate).toBeLessThanOrEqual(0.02);
    expect(Object.keys(WEAK).length).toBe(6);
  }, 30_000);
});
