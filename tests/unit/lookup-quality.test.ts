// Search quality as a new user meets it: one table of what people type (names in local scripts, pinyin, hotlines,
// card types, typos) in many languages, each with the first result that is right given the registry as it is.
// The query's own script and language choose its region before the browser's (ui/lookup.ts queryRegion).
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../build/build-registry-index';
import { isHomeRegion, queryRegion, readQuery, searchRegistry, scriptLanguage } from '../../ui/lookup';

const index = buildSearchIndex();
const byId = new Map(index.entries.map((e) => [e.id, e]));

/**
 * What must come first:
 * - an entry id (it must be in the registry);
 * - null: nothing at all (no organisation answers it, and none from elsewhere may stand in);
 * - { region, categories? }: an organisation of that region (and those categories) if the registry has one, else
 *   nothing. For organisations and regions being added (Octopus in HK, Indonesian carriers), this is right both
 *   before and after they are: never a stand-in from another region. (Categories as strings: the registry may add
 *   some, such as entries saying membership cards have no issuer but the shop.)
 */
type Want = string | null | { region: string; categories?: string[] };

/** [query, browser region, language of the query, what comes first] */
const TABLE: [string, string, string, Want][] = [
  // The three queries of issue 19, in an English (US) browser.
  ['电子身份证', 'US', 'zh_CN', { region: 'CN', categories: ['eid'] }],
  ['八达通', 'US', 'zh_CN', { region: 'HK', categories: ['transit'] }],
  ['12123', 'US', 'digits', null],
  // Names in their own script, from a browser elsewhere.
  ['中国移动', 'US', 'zh_CN', 'cn-china-mobile'],
  ['中國移動', 'US', 'zh_TW', 'cn-china-mobile'],
  ['China Mobile', 'US', 'en', 'cn-china-mobile'],
  ['中华电信', 'US', 'zh_CN', 'tw-chunghwa-telecom'],
  ['數碼通', 'US', 'zh_TW', 'hk-smartone'],
  ['台灣大哥大', 'US', 'zh_TW', 'tw-taiwan-mobile'],
  ['智方便', 'US', 'zh_TW', 'hk-iamsmart'],
  ['一户通', 'US', 'zh_CN', 'mo-one-account'],
  ['八達通', 'US', 'zh_TW', { region: 'HK', categories: ['transit'] }],
  ['Octopus', 'US', 'en', { region: 'HK', categories: ['transit'] }],
  ['悠遊卡', 'US', 'zh_TW', { region: 'TW', categories: ['transit'] }],
  ['ドコモ', 'US', 'ja', 'jp-docomo'],
  ['楽天モバイル', 'US', 'ja', 'jp-rakuten-mobile'],
  ['警察庁', 'US', 'ja', 'jp-npa'],
  ['금융감독원', 'US', 'ko', 'kr-fss'],
  ['SK텔레콤', 'US', 'ko', 'kr-sk-telecom'],
  ['보이스피싱', 'US', 'ko', 'kr-counterscam112'],
  ['जियो', 'US', 'hi', 'in-jio'],
  ['आधार', 'US', 'hi', 'in-uidai'],
  ['संचार साथी', 'US', 'hi', 'in-sanchar-saathi'],
  ['Vidéotron', 'US', 'fr', 'ca-videotron'],
  ['Movistar', 'US', 'es', 'es-movistar'],
  ['Free Mobile', 'FR', 'fr', 'fr-free'],
  ['Vodafone', 'DE', 'en', 'de-vodafone'],
  ['Vodafone', 'GB', 'en', 'gb-vodafone'],
  ['Telstra', 'GB', 'en', 'au-telstra'],
  ['Singpass', 'US', 'en', 'sg-singpass'],
  ['Telkomsel', 'US', 'id', { region: 'ID', categories: ['carrier'] }],
  ['Viettel', 'US', 'vi', { region: 'VN', categories: ['carrier'] }],
  // Session 7 (Asia): carriers, banks and e-ID in their own script and in English.
  ['VinaPhone', 'US', 'vi', 'vn-vinaphone'],
  ['U Mobile', 'US', 'en', 'my-u-mobile'],
  ['LG유플러스', 'US', 'ko', 'kr-lg-uplus'],
  ['LG U+', 'US', 'en', 'kr-lg-uplus'],
  ['โทรคมนาคมแห่งชาติ', 'US', 'th', 'th-nt'],
  ['ThaID', 'US', 'en', 'th-dopa-thaid'],
  ['ゆうちょ銀行', 'US', 'ja', 'jp-japan-post-bank'],
  ['三井住友銀行', 'US', 'ja', 'jp-smbc'],
  ['MUFG Bank', 'US', 'en', 'jp-mufg-bank'],
  ['滙豐', 'US', 'zh_TW', 'hk-hsbc'],
  ['中銀香港', 'US', 'zh_TW', 'hk-bochk'],
  ['카카오뱅크', 'US', 'ko', 'kr-kakaobank'],
  ['国家社保公共服务平台', 'US', 'zh_CN', 'cn-mohrss'],
  ['NBTC', 'US', 'en', 'th-nbtc'],
  ['日本銀行', 'US', 'ja', 'jp-boj'],
  ['HKMA', 'US', 'en', 'hk-hkma'],
  ['ธนาคารแห่งประเทศไทย', 'US', 'th', 'th-bot'],
  ['Bangko Sentral', 'PH', 'en', 'ph-bsp'],
  ['Ngân hàng Nhà nước', 'US', 'vi', 'vn-sbv'],
  ['ธนาคารกสิกรไทย', 'US', 'th', 'th-kasikornbank'],
  ['KBank', 'TH', 'en', 'th-kasikornbank'],
  ['ไทยพาณิชย์', 'US', 'th', 'th-scb'],
  ['Siam Commercial Bank', 'US', 'en', 'th-scb'],
  ['盘谷银行', 'US', 'zh_CN', 'th-bangkok-bank'],
  ['Bangkok Bank', 'US', 'en', 'th-bangkok-bank'],
  ['กรุงศรี', 'US', 'th', 'th-krungsri'],
  ['Vietcombank', 'US', 'en', 'vn-vietcombank'],
  ['Ngân hàng Ngoại thương', 'US', 'vi', 'vn-vietcombank'],
  ['BIDV', 'VN', 'en', 'vn-bidv'],
  ['Ngân hàng Kỹ Thương', 'US', 'vi', 'vn-techcombank'],
  ['Techcombank', 'US', 'en', 'vn-techcombank'],
  ['Bank Central Asia', 'US', 'id', 'id-bca'],
  ['Halo BCA', 'ID', 'id', 'id-bca'],
  ['Bank Rakyat Indonesia', 'US', 'id', 'id-bri'],
  ['Bank Negara Indonesia', 'US', 'id', 'id-bni'],
  ['Bank Mandiri', 'US', 'id', 'id-mandiri'],
  ['PayMaya', 'US', 'en', 'ph-maya'],
  ['新加坡金融管理局', 'US', 'zh_CN', 'sg-mas'],
  ['Monetary Authority of Singapore', 'US', 'en', 'sg-mas'],
  ['우리은행', 'US', 'ko', 'kr-woori-bank'],
  ['Woori Bank', 'US', 'en', 'kr-woori-bank'],
  ['نادرا', 'US', 'ur', 'pk-nadra'],
  ['NADRA', 'US', 'en', 'pk-nadra'],
  ['668', 'PK', 'digits', 'pk-sims-668'],
  ['PTA', 'PK', 'en', 'pk-pta'],
  ['Pakistan Telecommunication Authority', 'US', 'en', 'pk-pta'],
  ['Zong', 'US', 'en', 'pk-zong'],
  ['Jazz', 'PK', 'en', 'pk-jazz'],
  ['Ufone', 'US', 'en', 'pk-ufone'],
  ['Maybank2u', 'US', 'en', 'my-maybank'],
  ['马来亚银行', 'US', 'zh_CN', 'my-maybank'],
  ['VietinBank', 'US', 'en', 'vn-vietinbank'],
  ['Ngân hàng Công Thương', 'US', 'vi', 'vn-vietinbank'],
  ['National Telecommunications Commission', 'US', 'en', 'ph-ntc'],
  ['1682', 'PH', 'digits', 'ph-ntc'],
  ['Bank Indonesia', 'ID', 'id', 'id-bi'],
  ['khonggianmang', 'US', 'vi', 'vn-ncsc'],
  ['CPF', 'SG', 'en', 'sg-cpf'],
  ['GCash', 'US', 'en', 'ph-gcash'],
  ['EPFO', 'IN', 'en', 'in-epfo'],
  ['Bank Negara', 'MY', 'ms', 'my-bnm'],
  ['भारतीय रिज़र्व बैंक', 'US', 'hi', 'in-rbi'],
  // Pinyin, full and initials.
  ['yidong', 'US', 'pinyin', 'cn-china-mobile'],
  ['zgyd', 'US', 'pinyin', 'cn-china-mobile'],
  ['liantong', 'US', 'pinyin', 'cn-china-unicom'],
  ['gonghang', 'US', 'pinyin', 'cn-icbc'],
  ['zhaoshang yinhang', 'US', 'pinyin', 'cn-cmb'],
  ['shenzhentong', 'US', 'pinyin', 'cn-shenzhen-tong'],
  ['fanzhazhongxin', 'US', 'pinyin', 'cn-national-anti-fraud-center'],
  ['yizhengtongcha', 'US', 'pinyin', 'cn-caict-yizhengtongcha'],
  // Hotlines: whole numbers only.
  ['10086', 'US', 'digits', 'cn-china-mobile'],
  ['95588', 'US', 'digits', 'cn-icbc'],
  ['96110', 'US', 'digits', 'cn-national-anti-fraud-center'],
  ['12306', 'US', 'digits', 'cn-12306'],
  ['12315', 'US', 'digits', 'cn-12315'],
  ['165', 'US', 'digits', 'tw-165'],
  ['18222', 'US', 'digits', 'hk-adcc'],
  ['1930', 'US', 'digits', 'in-cybercrime'],
  ['1332', 'US', 'digits', 'kr-fss'],
  ['0300 123 2040', 'US', 'digits', 'gb-action-fraud'],
  ['1212', 'DE', 'digits', 'de-vodafone'],
  ['1008', 'CN', 'digits', null], // not yet 10086
  ['9558', 'CN', 'digits', null], // not yet 95588
  ['123456', 'US', 'digits', null],
  // Card types and what people want to do, answered from the query's region.
  ['電子身份證', 'US', 'zh_TW', { region: 'TW', categories: ['eid'] }],
  ['社保卡', 'US', 'zh_CN', 'cn-mohrss'],
  ['social security card', 'US', 'en', 'us-ssa'],
  ['补卡', 'US', 'zh_CN', { region: 'CN', categories: ['carrier'] }],
  ['手機卡', 'US', 'zh_TW', { region: 'TW', categories: ['carrier'] }],
  ['SIM card', 'GB', 'en', { region: 'GB', categories: ['carrier'] }],
  ['carte SIM', 'US', 'fr', { region: 'FR', categories: ['carrier'] }],
  ['tarjeta SIM', 'ES', 'es', 'es-movistar'],
  ['tarjeta SIM', 'US', 'es', { region: 'US', categories: ['carrier'] }],
  ['chip de celular', 'US', 'pt', { region: 'BR', categories: ['carrier'] }],
  ['kartu SIM', 'US', 'id', { region: 'ID', categories: ['carrier'] }],
  ['kad SIM', 'US', 'ms', { region: 'MY', categories: ['carrier'] }],
  ['thẻ sim', 'US', 'vi', { region: 'VN', categories: ['carrier'] }],
  ['ซิมการ์ด', 'US', 'th', { region: 'TH', categories: ['carrier'] }],
  ['सिम कार्ड', 'US', 'hi', { region: 'IN', categories: ['carrier'] }],
  ['유심', 'US', 'ko', { region: 'KR', categories: ['carrier'] }],
  ['SIMカード', 'US', 'ja', { region: 'JP', categories: ['carrier'] }],
  ['本人確認', 'US', 'ja', { region: 'JP', categories: ['carrier'] }],
  ['교통카드', 'US', 'ko', { region: 'KR', categories: ['transit'] }],
  ['transit card', 'US', 'en', { region: 'US', categories: ['transit'] }],
  ['campus card', 'US', 'en', { region: 'US', categories: ['campus-card'] }],
  ['会员卡', 'US', 'zh_CN', { region: 'CN', categories: ['membership-card'] }],
  ['report fraud', 'GB', 'en', 'gb-action-fraud'],
  ['反诈', 'US', 'zh_CN', 'cn-national-anti-fraud-center'],
  ['詐騙', 'US', 'zh_TW', 'tw-165'],
  ['一证通查', 'US', 'zh_CN', 'cn-caict-yizhengtongcha'],
  // One typo, forgiven.
  ['Verizn', 'US', 'en', 'us-verizon'],
  ['Telstar', 'AU', 'en', 'au-telstra'],
  ['Vodafome', 'GB', 'en', 'gb-vodafone'],
  ['Singtell', 'US', 'en', 'sg-singtel'],
  ['Chungwha', 'US', 'en', 'tw-chunghwa-telecom'],
  ['Airtell', 'US', 'en', 'in-airtel'],
  ['Docomoo', 'US', 'en', 'jp-docomo'],
  ['中国移洞', 'US', 'zh_CN', 'cn-china-mobile'],
  // Issue 17 outside Asia: e-ID, carriers, regulators and report channels by their local and English names.
  ['Дія', 'US', 'uk', 'ua-diia'],
  ['Diia', 'US', 'en', 'ua-diia'],
  ['Київстар', 'US', 'uk', 'ua-kyivstar'],
  ['e-Devlet', 'US', 'tr', 'tr-e-devlet'],
  ['DigiD', 'US', 'nl', 'nl-digid'],
  ['mObywatel', 'US', 'pl', 'pl-mobywatel'],
  ['Zastrzeż PESEL', 'US', 'pl', 'pl-mobywatel'],
  ['CERT Polska', 'US', 'pl', 'pl-cert-polska'],
  ['8080', 'PL', 'digits', 'pl-cert-polska'],
  ['BundID', 'US', 'de', 'de-bundid'],
  ['AusweisApp', 'US', 'de', 'de-bundid'],
  ['Bundesnetzagentur', 'US', 'de', 'de-bundesnetzagentur'],
  ['SPID', 'US', 'it', 'it-spid'],
  ["Carta d'identità elettronica", 'US', 'it', 'it-cie'],
  ['Polizia Postale', 'US', 'it', 'it-polizia-postale'],
  ['Cl@ve', 'US', 'es', 'es-clave'],
  ['017', 'ES', 'digits', 'es-incibe'],
  ['Telcel', 'US', 'es', 'mx-telcel'],
  ['NIMC', 'US', 'en', 'ng-nimc'],
  ['MTN', 'NG', 'en', 'ng-mtn'],
  ['622', 'NG', 'digits', 'ng-ncc'],
  ['UAE PASS', 'US', 'en', 'ae-uae-pass'],
  ['Conta gov.br', 'US', 'pt', 'br-gov-br'],
  ['Anatel', 'US', 'pt', 'br-anatel'],
  ['Sercomtel', 'US', 'pt', 'br-sercomtel'],
  ['Fraudehelpdesk', 'US', 'nl', 'nl-fraudehelpdesk'],
  ['159', 'GB', 'digits', 'gb-stop-scams-uk'],
  ['GOV.UK One Login', 'US', 'en', 'gb-one-login'],
  ['SABRIC', 'US', 'en', 'za-sabric'],
  ['Movistar', 'MX', 'es', 'mx-movistar'],
  ['AT&T', 'MX', 'es', 'mx-att'],
  ['AT&T', 'US', 'en', 'us-att'],
  ['Turkcell', 'US', 'tr', 'tr-turkcell'],
  ['Türk Telekom', 'US', 'tr', 'tr-turk-telekom'],
  ['INPS', 'US', 'it', 'it-inps'],
  ['Rentenversicherung', 'US', 'de', 'de-drv'],
  ['carte Vitale', 'US', 'fr', 'fr-ameli'],
  ['Policía Nacional', 'US', 'es', 'es-policia-nacional'],
  ['Seguridad Social', 'ES', 'es', 'es-seguridad-social'],
  ['Glo', 'NG', 'en', 'ng-glo'],
  ['Airtel', 'NG', 'en', 'ng-airtel'],
  ['Кіберполіція', 'US', 'uk', 'ua-cyberpolice'],
  ['Phishing-Radar', 'US', 'de', 'de-verbraucherzentrale-nrw'],
  ['Politie', 'US', 'nl', 'nl-politie'],
  ['Poste Italiane', 'US', 'it', 'it-poste-italiane'],
  ['Meu INSS', 'US', 'pt', 'br-inss'],
  ['FCA', 'GB', 'en', 'gb-fca'],
  ['myGov', 'AU', 'en', 'au-services-australia'],
  ['Centrelink', 'US', 'en', 'au-services-australia'],
  ['ACMA', 'AU', 'en', 'au-acma'],
  ['MTN', 'ZA', 'en', 'za-mtn'],
  ['RICA', 'ZA', 'en', 'za-mtn'],
  ['Odido', 'US', 'nl', 'nl-odido'],
  ['Vodafone', 'TR', 'tr', 'tr-vodafone'],
  ['1 800 O-Canada', 'CA', 'en', 'ca-canada-ca'],
  ['POSTIDENT', 'US', 'de', 'de-postident'],
  ['Belastingdienst', 'US', 'nl', 'nl-belastingdienst'],
  ['Valores a Receber', 'US', 'pt', 'br-banco-central'],
  ['ICASA', 'US', 'en', 'za-icasa'],
  ["Banca d'Italia", 'US', 'it', 'it-banca-d-italia'],
  ['Sparkasse', 'DE', 'de', 'de-sparkasse'],
  ['НБУ', 'US', 'uk', 'ua-nbu'],
  ['KNF', 'PL', 'pl', 'pl-knf'],
  ['ANTS', 'FR', 'fr', 'fr-ants'],
  ['UScellular', 'US', 'en', 'us-uscellular'],
  ['Telkom', 'ZA', 'en', 'za-telkom'],
  ['Vodacom', 'US', 'en', 'za-vodacom'],
  ['лайфселл', 'UA', 'uk', 'ua-lifecell'],
  ['lifecell', 'US', 'en', 'ua-lifecell'],
  ['Vodafone Україна', 'US', 'uk', 'ua-vodafone'],
  ['ПриватБанк', 'US', 'uk', 'ua-privatbank'],
  ['Privat24', 'US', 'en', 'ua-privatbank'],
  ['BaFin', 'US', 'de', 'de-bafin'],
  ['Finanzaufsicht', 'DE', 'de', 'de-bafin'],
  ['Polizeiliche Kriminalprävention', 'US', 'de', 'de-polizei-beratung'],
  ['Agencia Tributaria', 'US', 'es', 'es-agencia-tributaria'],
  ['Hacienda', 'ES', 'es', 'es-agencia-tributaria'],
  ['Rabobank', 'US', 'nl', 'nl-rabobank'],
  ['ABN AMRO', 'US', 'nl', 'nl-abn-amro'],
  ['Mijn ING', 'NL', 'nl', 'nl-ing'],
  ['Capitec', 'ZA', 'en', 'za-capitec'],
  ['First National Bank', 'ZA', 'en', 'za-fnb'],
  ['Ziraat Bankası', 'TR', 'tr', 'tr-ziraat'],
  ['Ziraat Bank', 'US', 'en', 'tr-ziraat'],
  ['Servicio de Administración Tributaria', 'MX', 'es', 'mx-sat'],
  ['Buzón Tributario', 'US', 'es', 'mx-sat'],
  ['Intesa Sanpaolo', 'IT', 'it', 'it-intesa-sanpaolo'],
  ['Banco Santander', 'ES', 'es', 'es-santander'],
  ['Deutsche Bank', 'DE', 'de', 'de-deutsche-bank'],
  ['Standard Bank', 'ZA', 'en', 'za-standard-bank'],
];

const search = (q: string, region: string) => searchRegistry(q, index, { lang: 'en', region });

describe('search quality: the first result is the right one', () => {
  it('the table is broad: at least 60 queries in at least 8 languages', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
    const languages = new Set(TABLE.map((r) => r[2]).filter((l) => l !== 'digits' && l !== 'pinyin'));
    expect(languages.size).toBeGreaterThanOrEqual(8);
  });

  it.each(TABLE)('%s (browser %s, %s)', (q, browser, _lang, want) => {
    const results = search(q, browser);
    const first = results[0]?.entry;
    if (want === null) return expect(results.map((r) => r.entry.id)).toEqual([]);
    if (typeof want === 'string') {
      expect(byId.has(want), `registry has ${want}`).toBe(true);
      return expect(first?.id).toBe(want);
    }
    const fits = (e: { region: string; category: string }) => isHomeRegion(e.region, want.region) && (!want.categories || want.categories.includes(e.category));
    if (index.entries.some(fits)) {
      expect(first, 'a first result').toBeDefined();
      expect(fits(first!), `${first!.id} is of ${want.region} ${want.categories ?? ''}`).toBe(true);
    } else {
      // Nothing of that region yet: no other region's card or carrier stands in for what was asked (a name that
      // merely contains the words, "… transit card", may still show).
      expect(results.filter((r) => r.match.startsWith('intent') || r.match === 'typo').map((r) => r.entry.id)).toEqual([]);
    }
  });

  it('a one-typo match never comes before a real match', () => {
    for (const [q, browser] of TABLE) {
      const kinds = search(q, browser).map((r) => r.match);
      const firstTypo = kinds.indexOf('typo');
      if (firstTypo >= 0) expect(kinds.slice(firstTypo).every((k) => k === 'typo'), q).toBe(true);
    }
  });
});

describe('the three queries of issue 19 in an English browser', () => {
  it('电子身份证: no American agency, no consumer-complaint platform', () => {
    const ids = search('电子身份证', 'US').map((r) => r.entry.id);
    expect(ids.filter((id) => id.startsWith('us-') || id === 'cn-12315')).toEqual([]);
  });

  it('八达通 (Octopus): not Beijing’s or Chongqing’s transit card', () => {
    const ids = search('八达通', 'US').map((r) => r.entry.id);
    expect(ids).not.toContain('cn-beijing-yikatong');
    expect(ids).not.toContain('cn-chongqing-tongka');
  });

  it('12123: not Vodafone Germany (1212), nor any number it only starts or ends', () => {
    expect(search('12123', 'US')).toEqual([]);
    expect(search('12123', 'DE')).toEqual([]);
    // The end of "0800 172 1212" is not the number 1212 either.
    expect(search('1721212', 'DE')).toEqual([]);
  });
});

describe('the query chooses its region before the browser', () => {
  it.each([
    ['电子身份证', 'US', 'zh_CN', 'CN'],
    ['電子身份證', 'US', 'zh_TW', 'TW'],
    ['電子身份證', 'HK', 'zh_TW', 'HK'], // the browser's region, when the script is written there
    ['电子身份证', 'SG', 'zh_CN', 'SG'],
    ['警察庁', 'US', 'ja', 'JP'],
    ['ドコモ', 'US', 'ja', 'JP'],
    ['보이스피싱', 'US', 'ko', 'KR'],
    ['आधार', 'US', 'hi', 'IN'],
    ['ซิมการ์ด', 'US', 'th', 'TH'],
    ['thẻ sim', 'US', 'vi', 'VN'],
    ['一卡通', 'US', 'zh', 'CN'],
    ['一卡通', 'TW', 'zh', 'TW'],
  ])('%s in a %s browser → %s script, region %s', (q, browser, lang, region) => {
    expect(scriptLanguage(q, index.hanScripts)).toBe(lang);
    expect(queryRegion(q, browser, index.hanScripts)).toBe(region);
  });

  it.each([
    ['kartu SIM', 'US', 'ID'],
    ['kad SIM', 'US', 'MY'],
    ['carte SIM', 'US', 'FR'],
    ['carte SIM', 'CA', 'CA'],
    ['tarjeta SIM', 'US', 'US'],
    ['chip de celular', 'US', 'BR'],
    ['本人確認', 'US', 'JP'], // a Japanese word in characters Taiwan writes too
    ['SIM card', 'GB', 'GB'], // English says nothing: the browser's region
    ['kar', 'US', 'US'], // only the start of "kartu SIM": no region yet
  ])('words: %s in a %s browser → %s', (q, browser, region) => {
    expect(readQuery(q, { lang: 'en', region: browser }, index).region).toBe(region);
  });

  it('without the script tables (index still loading), Han still says Chinese', () => {
    expect(scriptLanguage('电子身份证')).toBe('zh');
    expect(queryRegion('电子身份证', 'US')).toBe('CN');
  });

  it('the script tables are OpenCC’s, not a hand-kept list: common characters on each side', () => {
    const { simplified, traditional, japanese } = index.hanScripts!;
    for (const c of '电证达国银钱') expect(simplified, c).toContain(c);
    for (const c of '電證達國銀錢') expect(traditional, c).toContain(c);
    for (const c of '庁駅険') expect(japanese, c).toContain(c);
    // Written in both: 后 (皇后), 台 (台灣), 里 (公里), and the shared ones.
    for (const c of '后台里子身份通卡') expect(simplified + traditional, c).not.toContain(c);
    expect(simplified.length).toBeGreaterThan(2000);
    expect(traditional.length).toBeGreaterThan(2000);
  });
});
