import { describe, expect, it } from 'vitest';
import { buildRegistryIndex } from '../../build/build-registry-index';
import { PINYIN_BRANDS } from '../../core/lookalike';
import { siteVerdictForHostName } from '../../core/site-verdict';

const index = buildRegistryIndex();
const ids = new Set(index.entries.map((e) => e.id));

function look(host: string) {
  const v = siteVerdictForHostName(host, index)!;
  return { site: v.site, id: v.lookalikeOf?.entry.id ?? v.org?.id, kind: v.lookalikeOf?.kind };
}

describe('lookalike domains', () => {
  it.each([
    // brand + keyword, numeric and word brands, pinyin brands
    ['10086-smrz.top', 'cn-china-mobile', 'brand-keyword'],
    ['chinamobile-kyc.com', 'cn-china-mobile', 'brand-keyword'],
    ['tmobile-verify.com', 'us-t-mobile', 'brand-keyword'],
    ['smrz10086.vip', 'cn-china-mobile', 'brand-keyword'],
    ['yidong-shiming.top', 'cn-china-mobile', 'brand-keyword'],
    ['liantong-kyc.cc', 'cn-china-unicom', 'brand-keyword'],
    ['dianxin-renzheng.xyz', 'cn-china-telecom', 'brand-keyword'],
    ['gongshang-sfz.top', 'cn-icbc', 'brand-keyword'],
    ['189-kyc.top', 'cn-china-telecom', 'brand-keyword'],
    ['10010kyc.top', 'cn-china-unicom', 'brand-keyword'],
    ['10086-abc.top', 'cn-china-mobile', 'brand-keyword'],
    ['unionpay-refund.cc', 'cn-unionpay', 'brand-keyword'],
    ['www.maybank2u-login.com', 'my-maybank', 'brand-keyword'],
    ['www.paymaya-upgrade.com', 'ph-maya', 'brand-keyword'],
    // a registry domain embedded in a longer host
    ['10086.cn.verify-id.com', 'cn-china-mobile', 'embedded'],
    ['www-10086-cn.top', 'cn-china-mobile', 'embedded'],
    ['icbc-com-cn.xyz', 'cn-icbc', 'embedded'],
    // a real phishing host in a public phishing-analysis dataset (the bank's own domain as a subdomain)
    ['bancosantander.es.hotelparadis.es', 'es-santander', 'embedded'],
    // homoglyphs (Cyrillic а, digit/letter swaps) and one edit
    ['xn--chinmobile-2qi.com', 'cn-china-mobile', 'homoglyph'], // chinаmobile.com with Cyrillic а
    ['1oo86.cn', 'cn-china-mobile', 'homoglyph'],
    ['chinarnobile.com', 'cn-china-mobile', 'homoglyph'],
    ['chinamoblie.com', 'cn-china-mobile', 'edit'],
    ['chinamobille.com', 'cn-china-mobile', 'edit'],
    ['chinamobil.com', 'cn-china-mobile', 'edit'],
    ['1086.cn', 'cn-china-mobile', 'edit'],
    ['100086.cn', 'cn-china-mobile', 'edit'],
    // the same name on another TLD
    ['10086.com', 'cn-china-mobile', 'tld-swap'],
    ['unionpay.top', 'cn-unionpay', 'tld-swap'],
  ])('%s imitates %s (%s)', (host, id, kind) => {
    expect(look(host)).toEqual({ site: 'lookalike', id, kind });
  });

  it.each([
    // registry domains and their subdomains are official, never lookalikes
    'www.10086.cn', 'service.sh.10086.cn', 'chinamobile.com', 'www.t-mobile.com', 'icbc.com.cn', 'www.12306.cn', '95516.com',
    // benign sites that share letters or numbers with a brand
    'usps.com', 'mit.edu', 'cnbc.com', 'imdb.com', 'telstra.com', 'rakuten-sec.co.jp', 'qq.com.cn', 'mac.com',
    // short numbers inside longer numbers, or with no lure word
    '1189.com', '1008600.com', '189.com', '5189.cn', '2189-abc.com', 'a189b.com',
    // brand-like everyday words
    'free-login.com', 'orange-juice.com', 'three-support.net', 'bellhelp.com', 'police-news.com', 't-bank-app.ru',
    // a multinational bank's name on another country's TLD (santander.co.uk, santander.es)
    'santander.co.uk', 'santander.es',
    'example.com', 'localhost', '192.168.1.1',
    // real companies' own domains (issue 17): group, investor-relations and other countries' companies
    'hsbc.com', 'hsbc.com.hk', 'vodafone.com', 'telecomitalia.com', 'mintmobile.com', 'boostmobile.com', 'docomo.ne.jp',
    'chinatelecom-h.com', 'telkom.co.za', 'hkt.com', 'bank-of-china.com',
    // typed with www.: the www is no lure word (Rakuten's US site, Telekom's group site, Maybank's Indonesian bank)
    'www.rakuten.com', 'www.telekom.com', 'www.maybank.co.id', 'www.maybank.com.sg',
  ])('%s is not a lookalike', (host) => {
    expect(look(host).site).not.toBe('lookalike');
  });

  it('gives way to another country\'s company by name, but not on the brand\'s own country, .com or a generic TLD', () => {
    // One letter from Telekom (telekom.de), on South Africa's TLD: Telkom SA's own site.
    expect(look('telkom.co.za').site).not.toBe('lookalike');
    expect(look('telekon.de')).toMatchObject({ site: 'lookalike', id: 'de-telekom', kind: 'edit' });
    expect(look('telekon.cc')).toMatchObject({ site: 'lookalike', id: 'de-telekom', kind: 'edit' });
    expect(look('chinamoblie.hk').site).not.toBe('lookalike');
    expect(look('chinamoblie.cn')).toMatchObject({ site: 'lookalike', id: 'cn-china-mobile' });
    // Numbers are nobody else's name: 1oo86 on any TLD is China Mobile's.
    expect(look('1oo86.de').site).toBe('lookalike');
  });

  it('maps every pinyin brand to a registry entry', () => {
    for (const [word, id] of Object.entries(PINYIN_BRANDS)) expect(ids.has(id), `${word} → ${id}`).toBe(true);
  });
});
