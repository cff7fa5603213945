import { describe, expect, it } from 'vitest';
import { buildRegistryIndex } from '../../build/build-registry-index';
import { siteVerdict } from '../../core/site-verdict';

const index = buildRegistryIndex();

describe('site verdict', () => {
  it('every registry domain and a subdomain of it is official for its own entry', () => {
    for (const e of index.entries) {
      for (const d of e.domains) {
        for (const host of [d, `www.${d}`, `a.b.${d}`]) {
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

  it('gives reasons in every UI language', () => {
    const v = siteVerdict('https://10086-smrz.top/', index)!;
    expect(v.site).toBe('lookalike');
    expect(v.reasons[0].text.zh_CN).toContain('中国移动');
    expect(v.reasons[0].text.zh_TW).toMatch(/中國移動|中国移动/);
  });
});
