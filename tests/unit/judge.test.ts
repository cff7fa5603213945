import { describe, expect, it } from 'vitest';
import han from 'virtual:han-scripts-compact';
import { buildRegistryIndex } from '../../build/build-registry-index';
import { judgePage, levelFromSite, regionFromCueLanguages, regionFromSuffix, regionFromText } from '../../core/judge';
import { PRIMARY_ANTI_FRAUD, regionFromLocale } from '../../core/region';
import { messagesFor } from '../../scripts/locale-messages';
import { siteVerdict } from '../../core/site-verdict';
import type { JudgePolicy } from '../../core/settings-types';
import type { Cue, PageSignals } from '../../core/types';
import { say } from './say';
import { LANGS } from '../../core/lang';

const index = buildRegistryIndex();
const POLICY: JudgePolicy = { trustedSites: [], sensitivity: 'standard', managed: { officialDomains: [], blockedDomains: [] } };

const UPLOAD: Cue[] = [
  { kind: 'file-input', doc: 'id-card-front-back', evidence: '身份证人像面' },
  { kind: 'id-wording', doc: 'id-card-front-back', evidence: '上传身份证正反面', lang: 'zh-Hans' },
];
const WORDING: Cue[] = [{ kind: 'id-wording', doc: 'real-name', evidence: '实名认证' }];
/** An English-language ID upload (no language that names a region). */
const UPLOAD_EN: Cue[] = [
  { kind: 'file-input', doc: 'id-card-front-back', evidence: 'ID card front' },
  { kind: 'id-wording', doc: 'id-card-front-back', evidence: 'upload both sides of your ID', lang: 'en' },
];
const OFFER: Cue[] = [
  { kind: 'realname-offer', evidence: '代实名' },
  { kind: 'offplatform-contact', evidence: 'TG @xyz' },
];

function judge(url: string, cues: Cue[], brandText = '', policy: Partial<JudgePolicy> = {}, uiLocale = 'en-US') {
  const signals: PageSignals = { cues, brandText, errors: 0 };
  return judgePage({ url, signals, index, policy: { ...POLICY, ...policy }, uiLocale, han });
}

describe('judge', () => {
  it('names the documents a page asks for from the one table the banner uses', () => {
    const v = judge('https://verify-id.example.top/', UPLOAD_EN);
    expect(v.asks).toContain('id-card-front-back');
    const asks = v.reasons.find((r) => r.code === 'asks');
    for (const lang of ['en', 'zh_CN'] as const) expect(say(asks!, lang)).toContain(messagesFor(lang).t('docIdCardFrontBack'));
  });

  it('official site asking for ID photos: official, naming the organisation', () => {
    const v = judge('https://www.10086.cn/kyc', UPLOAD, '中国移动 实名登记');
    expect(v).toMatchObject({ level: 'official', site: 'official', domain: '10086.cn', org: { id: 'cn-china-mobile' } });
    expect(v.official?.website).toBe('https://www.10086.cn/');
    expect(v.regionHelp).toEqual([]);
  });

  it('government site: official', () => {
    expect(judge('https://www.sh.gov.cn/a', UPLOAD)).toMatchObject({ level: 'official', site: 'government', org: null });
  });

  it('lookalike asking for ID: danger, says whose site it is not and links the real one', () => {
    const v = judge('https://10086-smrz.top/', UPLOAD, '实名认证');
    expect(v).toMatchObject({ level: 'danger', site: 'lookalike', org: { id: 'cn-china-mobile' } });
    expect(v.official?.website).toBe('https://www.10086.cn/');
    expect(v.reasons[0].code).toBe('site-lookalike-brand-keyword');
    expect(say(v.reasons[0])).toContain("10086-smrz.top is not China Mobile's site");
    expect(say(v.reasons[0])).toContain("China Mobile's official site is 10086.cn");
    expect(v.reasons.map((r) => r.code)).toContain('asks');
    expect(v.asks).toContain('id-card-front-back');
    expect(v.regionHelp.map((h) => h.id)).toEqual(['cn-caict-yizhengtongcha', 'cn-national-anti-fraud-center']);
  });

  it('brand named on a site that is not the brand’s: danger, impersonation', () => {
    const v = judge('https://kyc-center.example.top/', UPLOAD, 'T-Mobile | Verify your identity');
    expect(v).toMatchObject({ level: 'danger', site: 'unknown', org: { id: 'us-t-mobile' } });
    expect(v.reasons[0].code).toBe('impersonation');
    expect(say(v.reasons[0])).toBe(
      'This page presents itself as T-Mobile US ("T-Mobile"), but example.top is not T-Mobile US\'s site. T-Mobile US\'s official site is t-mobile.com.',
    );
    expect(v.official?.id).toBe('us-t-mobile');
  });

  it('ID request on an unknown site naming no brand: caution, with the region’s channels', () => {
    const v = judge('https://upload.example.cn/', UPLOAD, '请上传身份证正反面');
    expect(v).toMatchObject({ level: 'caution', org: null });
    expect(v.official?.id).toBe('cn-national-anti-fraud-center');
    expect(v.regionHelp.map((h) => h.id)).toEqual(['cn-caict-yizhengtongcha']);
    expect(v.reasons[0].code).toBe('site-unknown');
  });

  it('ID request on a form builder or document host: danger, saying no official body collects ID through a form service', () => {
    for (const url of ['https://docs.google.com/forms/d/e/1FAIpQL/viewform', 'https://wj.qq.com/s2/1234/abcd/', 'https://kyc-update.github.io/', 'https://forms.office.com/Pages/ResponsePage.aspx?id=x']) {
      const v = judge(url, UPLOAD, '请上传身份证正反面');
      expect(v.level, url).toBe('danger');
      expect(v.reasons[0].code, url).toBe('user-content-id');
      expect(say(v.reasons[0]), url).toContain('never collects ID photos through a form service');
      expect(say(v.reasons[0], 'zh_CN'), url).toContain('表单服务');
    }
    // The same form with no ID request is not warned on; the form service alone is no reason to warn.
    expect(judge('https://docs.google.com/forms/d/e/1FAIpQL/viewform', [], 'Party RSVP').level).toBe('none');
    // A brand's name on a page host is still a lookalike of the brand, and the form-service reason comes with it.
    const v = judge('https://10086-kyc.pages.dev/', UPLOAD, '实名认证');
    expect(v).toMatchObject({ level: 'danger', site: 'lookalike', org: { id: 'cn-china-mobile' } });
    expect(v.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['user-content-id', 'site-lookalike-brand-keyword']));
  });

  it('real-name offer with an off-platform contact: danger with no upload, pointing at the numbers check', () => {
    const v = judge('https://blog.example.com/post', OFFER, '代实名 免实名 电话卡 联系飞机');
    expect(v.level).toBe('danger');
    expect(v.official?.id).toBe('cn-caict-yizhengtongcha');
    expect(v.regionHelp.map((h) => h.id)).toEqual(['cn-national-anti-fraud-center']);
  });

  it('weak request: none in standard mode, caution in strict mode; lookalikes warn on it anyway', () => {
    expect(judge('https://news.example.com/', WORDING, '中国移动 实名制').level).toBe('none');
    expect(judge('https://news.example.com/', WORDING, '', { sensitivity: 'strict' }).level).toBe('caution');
    expect(judge('https://chinamobile-kyc.com/', WORDING).level).toBe('danger');
  });

  it('no request: none, even on a lookalike; the site reason still says why', () => {
    const v = judge('https://10086.cn.verify-id.com/', []);
    expect(v).toMatchObject({ level: 'none', site: 'lookalike', official: { id: 'cn-china-mobile' }, regionHelp: [] });
    expect(v.reasons[0].code).toBe('site-lookalike-embedded');
  });

  it('trusted site: none with a reason; the managed block list wins over trust and makes any request danger', () => {
    const trusted = judge('https://www.kyc.example.com/', UPLOAD, '', { trustedSites: ['example.com'] });
    expect(trusted.level).toBe('none');
    expect(trusted.reasons[0].code).toBe('trusted');
    const blocked = judge('https://www.kyc.example.com/', WORDING, '', {
      trustedSites: ['example.com'],
      managed: { officialDomains: [], blockedDomains: ['example.com'] },
    });
    expect(blocked.level).toBe('danger');
    expect(blocked.reasons[0].code).toBe('managed-blocked');
    expect(judge('https://portal.corp.example/', UPLOAD, '', { managed: { officialDomains: ['corp.example'], blockedDomains: [] } }).level).toBe('official');
  });

  it('guesses the region from ccTLD, then the page’s script, then the browser language', () => {
    expect(judge('https://id.example.com/', UPLOAD_EN, 'Upload your ID', {}, 'en-GB').official?.id).toBe('gb-action-fraud');
    expect(judge('https://id.example.com/', UPLOAD, '請上傳身分證', {}, 'zh-HK').official?.id).toBe('hk-adcc');
    expect(judge('https://id.example.com/', UPLOAD, '請上傳身分證', {}, 'en-US').official?.id).toBe('tw-165');
    expect(judge('https://id.example.sg/', UPLOAD, 'Upload your ID', {}, 'zh-CN').official?.id).toBe('sg-scamshield');
    // The cues' language beats the browser's: Chinese ID wording on a .com page read in an en-GB browser is CN's.
    expect(judge('https://id.example.com/', UPLOAD, 'Upload your ID', {}, 'en-GB').official?.id).toBe('cn-national-anti-fraud-center');
    expect(regionFromLocale('zh-Hant')).toBe('TW');
    expect(regionFromLocale('ja')).toBe('JP');
    expect(regionFromText('マイナンバーカードをアップロード')).toBe('JP');
    expect(regionFromText('hello')).toBeUndefined();
  });

  it('lets the page’s brand, address and language choose the region before the browser’s language (issue 17)', () => {
    // An English "Jio KYC update" page on a .in.net address, read with an en-US browser: Jio, not the US FTC.
    const jio = judge('https://jio-kyc-update.in.net/', UPLOAD_EN, 'Jio KYC update', {}, 'en-US');
    expect(jio.level).toBe('danger');
    expect(jio.official?.id).toBe('in-jio');
    expect(jio.regionHelp.map((h) => index.entries.find((e) => e.id === h.id)?.region)).not.toContain('US');
    // The short name alone on an unrelated address is not enough; on the page's own address it is.
    expect(judge('https://upload.example.com/', UPLOAD_EN, 'Jio KYC update', {}, 'en-US').official?.id).not.toBe('in-jio');
    expect(judge('https://jio-update.example.com/', UPLOAD_EN, 'Jio KYC update', {}, 'en-US').official?.id).toBe('in-jio');
    expect(regionFromSuffix('in.net')).toBe('IN');
    expect(regionFromSuffix('co.id')).toBe('ID');
    expect(regionFromSuffix('co.za')).toBe('ZA');
    expect(regionFromSuffix('com.tr')).toBe('TR');
    expect(regionFromSuffix('gov.ua')).toBe('UA');
    expect(regionFromSuffix('com')).toBeUndefined();
    expect(regionFromText('Cập nhật thông tin thuê bao')).toBe('VN');
    expect(regionFromText('ยืนยันตัวตน')).toBe('TH');
    expect(regionFromCueLanguages([{ lang: 'id' }, { lang: 'en' }, { lang: 'id' }])).toBe('ID');
    expect(regionFromCueLanguages([{ lang: 'en' }, { lang: 'es' }])).toBeUndefined();
    expect(regionFromCueLanguages([{ lang: 'pl' }, { lang: 'en' }])).toBe('PL');
    expect(regionFromCueLanguages([{ lang: 'uk' }])).toBe('UA');
  });

  it('every reason is a message with all its arguments, in every UI language', () => {
    for (const v of [judge('https://10086-smrz.top/', UPLOAD), judge('https://x.example.top/', UPLOAD, '中国移动'), judge('https://x.example.cn/', OFFER)]) {
      for (const r of v.reasons) for (const lang of LANGS) expect(say(r, lang), `${r.code} ${lang}`).not.toMatch(/^[a-zA-Z]+$|\$/);
    }
  });

  it('every preferred anti-fraud entry exists in the registry with the right region', () => {
    for (const [region, id] of Object.entries(PRIMARY_ANTI_FRAUD)) {
      expect(index.entries.find((e) => e.id === id)?.region, id).toBe(region);
    }
  });

  it('rejects a URL that is not a web page', () => {
    expect(() => judge('about:blank', UPLOAD)).toThrow(/not a web page/);
  });

  it('level from the site alone', () => {
    expect(levelFromSite(siteVerdict('https://www.10086.cn/', index)!)).toBe('official');
    expect(levelFromSite(siteVerdict('https://10086-smrz.top/', index)!)).toBe('caution');
    expect(levelFromSite(siteVerdict('https://example.com/', index)!)).toBe('none');
  });
});

describe('judge: pages the person hid the banner on', () => {
  it('keeps the level (badge) but marks the verdict dismissed only on that page', () => {
    const hidden = judge('https://kyc.example-shop.com/verify?step=2#top', UPLOAD, '', { dismissedPages: ['https://kyc.example-shop.com/verify'] });
    expect(hidden.level).toBe('caution');
    expect(hidden.dismissed).toBe(true);
    const other = judge('https://kyc.example-shop.com/other', UPLOAD, '', { dismissedPages: ['https://kyc.example-shop.com/verify'] });
    expect(other.level).toBe('caution');
    expect(other.dismissed).toBeUndefined();
  });
});
