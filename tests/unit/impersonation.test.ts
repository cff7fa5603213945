import { describe, expect, it } from 'vitest';
import { buildRegistryIndex } from '../../build/build-registry-index';
import { brandMentions, findImpersonation } from '../../core/impersonation';

const index = buildRegistryIndex();
const first = (text: string, siteOrgId?: string, preferRegion?: string) => findImpersonation(text, index, { siteOrgId, preferRegion })?.entry.id ?? null;

describe('impersonation', () => {
  it.each([
    ['中国移动 实名认证 - 上传身份证', 'cn-china-mobile'],
    ['中國移動 實名登記', 'cn-china-mobile'],
    ['T-Mobile account verification', 'us-t-mobile'],
    ['Verify your identity | Verizon Wireless', 'us-verizon'],
    ['请拨打10086确认', 'cn-china-mobile'],
    ['ICBC 工商银行 身份验证', 'cn-icbc'],
    ['银联 云闪付 实名', 'cn-unionpay'],
    ['国家反诈中心 身份核验', 'cn-national-anti-fraud-center'],
    ['SingPass Myinfo verification', 'sg-singpass'],
  ])('%s names %s', (text, id) => {
    expect(first(text)).toBe(id);
  });

  it.each([
    // everyday words that are also brand aliases, and generic phrases
    '移动端上传身份证照片',
    '电信诈骗防范：不要上传身份证',
    'Upload your HKID card and proof of address',
    'अपना आधार कार्ड अपलोड करें (Upload your Aadhaar card)',
    'Report identity theft and mail fraud',
    'Free shipping on orange and three-colour bags',
    // short codes and numbers inside longer numbers
    'Call 110 or 999',
    'Order 1100865 shipped',
    // acronyms only count in capitals; "idea" / "kisa" are words
    'a great idea from kisa and miit',
    '',
  ])('%s names no brand', (text) => {
    expect(first(text)).toBeNull();
  });

  it('skips the site’s own brand and takes the first other one', () => {
    expect(first('中国移动 与 中国联通 联合公告', 'cn-china-mobile')).toBe('cn-china-unicom');
    expect(first('中国移动', 'cn-china-mobile')).toBeNull();
  });

  it('picks the region’s entry for a name several entries share', () => {
    expect(first('Vodafone ID check', undefined, 'DE')).toBe('de-vodafone');
    expect(first('Vodafone ID check', undefined, 'GB')).toBe('gb-vodafone');
  });

  it('lists each organisation once, in order of appearance, and survives huge or hostile text', () => {
    const ids = brandMentions('China Mobile 中国移动 10086 then 中国电信', index).map((m) => m.entry.id);
    expect(ids).toEqual(['cn-china-mobile', 'cn-china-telecom']);
    expect(() => brandMentions('(['.repeat(50_000) + '中国移动', index)).not.toThrow();
  });
});
