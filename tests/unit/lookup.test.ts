// The official-channel lookup over the real registry (pinyin keys built as at build time).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../build/build-registry-index';
import { INTENTS } from '../../ui/intents';
import {
  BROWSE_GROUPS,
  CARD_TYPES,
  LANGUAGE_REGIONS,
  MATCH_KINDS,
  browseGroup,
  compactText,
  matchIntents,
  regionFromLocale,
  regionHelp,
  regionHelpSource,
  searchRegistry,
  withinOneEdit,
} from '../../ui/lookup';
import { CATEGORY_LABELS } from '../../ui/popup/popup-text';

// tests/unit/popup-labels.test.tsx proves these keys are exactly the Category union of core/registry-types.ts.
const CATEGORY_VALUES = Object.keys(CATEGORY_LABELS);

const index = buildSearchIndex();
const ids = new Set(index.entries.map((e) => e.id));
const top = (q: string, region = 'CN', lang: 'en' | 'zh_CN' | 'zh_TW' = 'zh_CN') =>
  searchRegistry(q, index, { lang, region }).map((r) => r.entry.id);

describe('searchRegistry finds the entry a person means', () => {
  it.each([
    // [query, region, expected first result]
    ['中国移动', 'CN', 'cn-china-mobile'],
    ['中國移動', 'TW', 'cn-china-mobile'],
    ['China Mobile', 'US', 'cn-china-mobile'],
    ['china   MOBILE', 'US', 'cn-china-mobile'],
    ['ｃｈｉｎａ ｍｏｂｉｌｅ', 'US', 'cn-china-mobile'], // full-width, as typed with a Chinese IME
    ['yidong', 'CN', 'cn-china-mobile'], // pinyin of the alias 移动
    ['zhongguoyidong', 'CN', 'cn-china-mobile'],
    ['zhong guo yi dong', 'CN', 'cn-china-mobile'],
    ['zgyd', 'CN', 'cn-china-mobile'], // pinyin initials
    ['10086', 'CN', 'cn-china-mobile'], // hotline
    ['10086.cn', 'US', 'cn-china-mobile'], // domain
    ['CMCC', 'US', 'cn-china-mobile'], // alias
    ['China Unicom', 'CN', 'cn-china-unicom'],
    ['一证通查', 'CN', 'cn-caict-yizhengtongcha'],
    ['一證通查', 'TW', 'cn-caict-yizhengtongcha'],
    ['yizhengtongcha', 'CN', 'cn-caict-yizhengtongcha'],
    ['T-Mobile', 'US', 'us-t-mobile'],
    ['tmobile', 'CN', 'us-t-mobile'],
    ['0300 123 2040', 'GB', 'gb-action-fraud'], // hotline with spaces
    ['03001232040', 'GB', 'gb-action-fraud'],
    ['96110', 'CN', 'cn-national-anti-fraud-center'],
    ['gonghang', 'CN', 'cn-icbc'],
  ])('%s (region %s) → %s first', (q, region, id) => {
    expect(ids.has(id)).toBe(true);
    expect(top(q, region)[0]).toBe(id);
  });

  it.each([
    ['Verizn', 'us-verizon'], // missing letter
    ['Verizonn', 'us-verizon'], // extra letter
    ['Telstar', 'au-telstra'], // swapped neighbours
    ['Vodafome', 'gb-vodafone'], // wrong letter
    ['中国移洞', 'cn-china-mobile'], // wrong character
  ])('one-character typo %s still finds %s', (q, id) => {
    if (!ids.has(id)) return expect.fail(`registry has no ${id}`);
    expect(top(q, 'US')).toContain(id);
  });

  it('does not forgive typos on short keys (a different short name is not a typo)', () => {
    // "sky" is one edit from "sim"; on keys this short a typo is indistinguishable from another name.
    expect(searchRegistry('skx', index, { lang: 'en', region: 'GB' }).filter((r) => r.match === 'typo')).toEqual([]);
  });

  it('ranks exact matches, then prefixes, then substrings', () => {
    const results = searchRegistry('China Unicom', index, { lang: 'en', region: 'CN' });
    expect(results[0]!.match).toBe('exact');
    const kinds = results.map((r) => r.match);
    const order = [...MATCH_KINDS];
    expect([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kinds);
  });

  it("puts the browser's region first among equals", () => {
    const carriers = (region: string) =>
      searchRegistry('SIM', index, { lang: 'en', region }).filter((r) => r.match.startsWith('intent')).map((r) => r.entry.region);
    expect(carriers('CN')[0]).toBe('CN');
    expect(carriers('GB')[0]).toBe('GB');
    expect(carriers('AU')[0]).toBe('AU');
    // EU-wide entries count as home for a member state.
    const fraud = searchRegistry('report fraud', index, { lang: 'en', region: 'DE' }).map((r) => r.entry.region);
    expect(fraud.length).toBeGreaterThan(0);
  });

  it('falls back to the UI language for the region', () => {
    expect(searchRegistry('补卡', index, { lang: 'zh_CN' })[0]!.entry.region).toBe('CN');
  });

  it('answers nonsense and hostile input with no results, never a crash', () => {
    for (const q of ['', '   ', 'qqqqqqqqqqxz', '\u0000', '(((', '.*', '\\', 'a'.repeat(10_000), '👍']) {
      expect(() => searchRegistry(q, index, { lang: 'en', region: 'US' })).not.toThrow();
    }
    expect(searchRegistry('', index, { lang: 'en' })).toEqual([]);
    expect(searchRegistry('qqqqqqqqqqxz', index, { lang: 'en' })).toEqual([]);
    expect(searchRegistry(undefined as unknown as string, index, { lang: 'en' })).toEqual([]);
  });

  it('caps the number of results', () => {
    expect(searchRegistry('a', index, { lang: 'en', limit: 5 })).toHaveLength(5);
  });
});

describe('intents: what the person wants to do', () => {
  it.each([
    ['实名', ['carrier', 'numbers-check', 'eid']],
    ['實名認證', ['carrier', 'numbers-check', 'eid']],
    ['补卡', ['carrier']],
    ['我要补卡', ['carrier']],
    ['SIM', ['carrier', 'numbers-check', 'eid']], // SIM cards, and "SIM registration" (real-name)
    ['report fraud', ['anti-fraud']],
    ['反诈', ['anti-fraud']],
    ['bank card', ['bank', 'card-issuer']],
    ['社保卡', ['social-security']],
    ['交通卡', ['transit']],
  ])('%s → %j', (q, categories) => {
    const results = searchRegistry(q, index, { lang: 'zh_CN', region: 'CN' }).filter((r) => r.match.startsWith('intent'));
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(categories).toContain(r.entry.category);
  });

  it('一证通查 names the CAICT service first and other regions\' numbers checks after it', () => {
    const r = top('一证通查', 'CN');
    expect(r[0]).toBe('cn-caict-yizhengtongcha');
    expect(r).toContain('kr-msafer');
  });

  it('report fraud prefers entries with a report link', () => {
    const r = searchRegistry('report fraud', index, { lang: 'en', region: 'GB' }).filter((x) => x.match.startsWith('intent'));
    const withReport = r.map((x) => Boolean(x.entry.report));
    // Within the home region, entries with a report channel come before those without.
    const home = r.filter((x) => x.entry.region === 'GB').map((x) => Boolean(x.entry.report));
    expect(home).toEqual([...home].sort((a, b) => Number(b) - Number(a)));
    expect(withReport.length).toBeGreaterThan(0);
  });

  it('a name that contains an intent word is a name, not the intent', () => {
    expect(matchIntents('T-Mobile', INTENTS).map((m) => m.inside)).toEqual([true]);
    expect(top('T-Mobile', 'US')).not.toContain('cn-china-mobile');
  });

  it('every intent maps to real categories or entries, and words are unique per intent', () => {
    for (const intent of INTENTS) {
      for (const c of intent.categories) expect(CATEGORY_VALUES).toContain(c);
      for (const id of intent.entries ?? []) expect(ids.has(id), id).toBe(true);
      const words = Object.values(intent.words).flat().map(compactText);
      expect(new Set(words).size, intent.id).toBe(words.length);
      for (const lang of Object.keys(intent.words)) expect(Object.keys(LANGUAGE_REGIONS), `${intent.id}: ${lang}`).toContain(lang);
    }
  });

  it('every card type is asked by one intent, in at least 12 languages', () => {
    for (const card of CARD_TYPES) {
      const asking = INTENTS.filter((i) => i.card === card.id);
      expect(asking.map((i) => i.id), card.id).toHaveLength(1);
      const languages = Object.keys(asking[0]!.words).filter((l) => l !== 'zh');
      expect(languages.length, card.id).toBeGreaterThanOrEqual(12);
    }
    for (const i of INTENTS) if (i.card) expect(CARD_TYPES.map((c) => c.id)).toContain(i.card);
  });
});

describe('browse and region help (empty query)', () => {
  it('browse groups cover the seed article\'s card types plus anti-fraud, home region first', () => {
    expect(BROWSE_GROUPS.map((g) => g.id)).toEqual(['sim', 'bank-card', 'transit', 'eid', 'social-security', 'membership', 'campus', 'anti-fraud']);
    const sims = browseGroup(index, 'sim', 'HK');
    expect(sims.length).toBeGreaterThan(5);
    expect(sims.every((e) => e.category === 'carrier')).toBe(true);
    expect(sims[0]!.region).toBe('HK');
    expect(new Set(browseGroup(index, 'bank-card', 'CN').map((e) => e.category))).toEqual(new Set(['bank', 'card-issuer']));
  });

  it("names the region's numbers-in-your-name check and anti-fraud hotline", () => {
    const cn = regionHelp(index, 'CN');
    expect(cn.numbersCheck?.id).toBe('cn-caict-yizhengtongcha');
    expect(cn.antiFraud?.id).toBe('cn-national-anti-fraud-center'); // 96110, named by data/intents.json
    expect(cn.antiFraud?.hotlines.length).toBeGreaterThan(0);
    expect(regionHelp(index, 'KR').numbersCheck?.id).toBe('kr-msafer');
    expect(regionHelp(index, 'HK').antiFraud?.id).toBe('hk-adcc');
    expect(regionHelp(index, undefined)).toEqual({ numbersCheck: undefined, antiFraud: undefined });
  });

  it('region help over the few entries the popup bundles up front is the same as over the whole index', () => {
    const few = regionHelpSource(index.entries);
    expect(few.entries.length).toBeLessThan(index.entries.length / 3);
    const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');
    const regions = [...new Set(index.entries.map((e) => e.region)), ...EU, 'ZZ', undefined];
    for (const region of regions) expect(regionHelp(few, region), String(region)).toEqual(regionHelp(index, region));
  });
});

describe('helpers', () => {
  it.each([
    ['zh-CN', 'CN'],
    ['zh', 'CN'],
    ['zh-TW', 'TW'],
    ['zh-Hant', 'TW'],
    ['zh-Hant-HK', 'HK'],
    ['zh_HK', 'HK'],
    ['en-GB', 'GB'],
    ['en', 'US'],
    ['ja', 'JP'],
    ['de-AT', 'AT'],
    ['de', 'DE'],
    ['id', 'ID'],
    ['ms', 'MY'],
    ['vi', 'VN'],
    ['th', 'TH'],
    ['fil', 'PH'],
    ['tl', 'PH'],
    ['pt', 'BR'],
    ['pt-PT', 'PT'],
    ['es', 'ES'],
    ['', undefined],
    [undefined, undefined],
  ])('regionFromLocale(%s) = %s', (tag, region) => {
    expect(regionFromLocale(tag)).toBe(region);
  });

  it.each([
    ['verizon', 'verizon', true],
    ['verizn', 'verizon', true],
    ['verizonn', 'verizon', true],
    ['telstar', 'telstra', true],
    ['vodafome', 'vodafone', true],
    ['vrizn', 'verizon', false],
    ['abcd', 'badc', false],
    ['', 'a', true],
    ['ab', 'ba', true],
  ])('withinOneEdit(%s, %s) = %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('pinyin-pro stays at build time', () => {
  it('no runtime code imports it', () => {
    const runtimeDirs = ['world', 'protocol', 'content', 'scan', 'kit', 'core', 'background', 'ui', 'entrypoints'];
    const root = join(__dirname, '../..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(name) && /from ['"]pinyin-pro['"]|import\(['"]pinyin-pro['"]\)/.test(readFileSync(p, 'utf8'))) offenders.push(p);
      }
    };
    for (const d of runtimeDirs) walk(join(root, d));
    expect(offenders).toEqual([]);
  });

  it('the search keys carry pinyin full and initials for Chinese names', () => {
    const i = index.entries.findIndex((e) => e.id === 'cn-china-unicom');
    expect(index.searchKeys[i]).toEqual(expect.arrayContaining(['zhongguoliantong', 'zglt', 'liantong', '10010']));
  });
});
