import { describe, expect, it } from 'vitest';
import { buildRegistryIndex } from '../../build/build-registry-index';
import { siteVerdict } from '../../core/site-verdict';

const index = buildRegistryIndex();

describe('site verdict', () => {
  it('every registry domain and a subdomain of it is official for its own entry (its scoped hosts, on a shared domain)', () => {
    for (const e of index.entries) {
      for (const d of e.domains) {
        const scoped = (e.hosts ?? []).filter((h) => h.endsWith(`.${d}`));
        for (const host of scoped.length ? scoped.flatMap((h) => [h, `a.${h}`]) : [d, `www.${d}`, `a.b.${d}`]) {
          const v = siteVerdict(`https://${host}/path?q=1`, index)!;
          expect(v.site, host).toBe('official');
          expect(v.org?.id, host).toBe(e.id);
        }
      }
    }
  });

  it('reads government suffixes, and only as a proper suffix', () => {
    expect(siteVerdict('https://www.miit.gov.cn/', index)).toMatchObject({ site: 'official' }); // registry first
    expect(siteVerdict('https://www.sh.gov.cn/', index)).toMatchObject({ site: 'government', govRegion: 'CN' });
    expect(siteVerdict('https://www.ssa.gov/', index)).toMatchObject({ site: 'official' });
    expect(siteVerdict('https://www.nasa.gov/', index)).toMatchObject({ site: 'government', govRegion: 'US' });
    expect(siteVerdict('https://gov.cn.verify-id.com/', index)!.site).not.toBe('government');
    expect(siteVerdict('https://gov.cn/', index)!.site).toBe('unknown');
  });

  it('decodes the domain for display and keeps the ASCII form for matching', () => {
    const v = siteVerdict('https://xn--chinmobile-2qi.com/', index)!;
    expect(v.domain).toBe('chinаmobile.com');
    expect(v.domainAscii).toBe('xn--chinmobile-2qi.com');
    expect(v.reasons[0].text.en).toContain('China Mobile');
    expect(v.reasons[0].text.en).toContain('10086.cn');
  });

  it('honours the managed policy: extra official domains, and blocked beats official-by-policy', () => {
    const managed = { officialDomains: ['kyc.corp.example'], blockedDomains: ['bad.example'] };
    expect(siteVerdict('https://kyc.corp.example/', index, { managed })).toMatchObject({ site: 'official', managedOfficial: true });
    expect(siteVerdict('https://a.kyc.corp.example/', index, { managed })!.site).toBe('official');
    expect(siteVerdict('https://corp.example/', index, { managed })!.site).toBe('unknown');
    expect(siteVerdict('https://x.bad.example/', index, { managed })).toMatchObject({ site: 'unknown', managedBlocked: true });
  });

  it('returns null for pages that are not web pages, and unknown for IP addresses', () => {
    expect(siteVerdict('about:blank', index)).toBeNull();
    expect(siteVerdict('garbage', index)).toBeNull();
    expect(siteVerdict('http://10.0.0.1/kyc', index)).toMatchObject({ site: 'unknown', reasons: [{ code: 'site-ip-address' }] });
  });

  it('never calls a user-content host official or government, whoever owns the parent domain', () => {
    for (const u of index.userContent) {
      for (const host of u.subdomains ? [`someone.${u.host}`, `a.b.${u.host}`] : [u.host, `x.${u.host}`]) {
        const v = siteVerdict(`https://${host}/f/abc`, index)!;
        expect(v.site, host).not.toBe('official');
        expect(v.site, host).not.toBe('government');
        expect(v.userContent?.host, host).toBe(u.host);
        expect(v.reasons.map((r) => r.code), host).toContain('site-user-content');
      }
    }
    // The shared hosts: Tencent's forms and documents, Free's subscriber pages, Rakuten's marketplace shops.
    for (const url of ['https://wj.qq.com/s2/123/', 'https://docs.qq.com/form/page/X', 'https://monsite.free.fr/', 'https://item.rakuten.co.jp/shop/item/']) {
      expect(siteVerdict(url, index)!.site, url).toBe('unknown');
    }
  });

  it('scopes a shared domain to the hosts its entry uses: other hosts are neither official nor lookalikes', () => {
    expect(siteVerdict('https://pay.weixin.qq.com/index.php', index)).toMatchObject({ site: 'official', org: { id: 'cn-wechat-pay' } });
    expect(siteVerdict('https://www.free.fr/', index)).toMatchObject({ site: 'official', org: { id: 'fr-free' } });
    expect(siteVerdict('https://network.mobile.rakuten.co.jp/', index)).toMatchObject({ site: 'official', org: { id: 'jp-rakuten-mobile' } });
    for (const url of ['https://qq.com/', 'https://news.qq.com/', 'https://www.rakuten.co.jp/']) {
      const v = siteVerdict(url, index)!;
      expect(v.site, url).toBe('unknown');
      expect(v.userContent, url).toBeUndefined();
    }
  });

  it('calls the issue\'s official sites official or government', () => {
    expect(siteVerdict('https://www.canada.ca/en/services.html', index)).toMatchObject({ site: 'official', org: { id: 'ca-canada-ca' } });
    expect(siteVerdict('https://www.hkt.com/', index)).toMatchObject({ site: 'official', org: { id: 'hk-csl' } });
    expect(siteVerdict('https://www.bank-of-china.com/', index)).toMatchObject({ site: 'official', org: { id: 'cn-boc' } });
    expect(siteVerdict('https://www.dsaj.gov.mo/', index)).toMatchObject({ site: 'government', govRegion: 'MO' });
    expect(siteVerdict('https://www.cra-arc.gc.ca/', index)).toMatchObject({ site: 'government', govRegion: 'CA' });
  });

  it('gives reasons in every UI language', () => {
    const v = siteVerdict('https://10086-smrz.top/', index)!;
    expect(v.site).toBe('lookalike');
    expect(v.reasons[0].text.zh_CN).toContain('中国移动');
    expect(v.reasons[0].text.zh_TW).toMatch(/中國移動|中国移动/);
  });
});
