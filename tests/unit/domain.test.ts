import { describe, expect, it } from 'vitest';
import { hostInfo, hostSuffixes, registrableDomain, toAsciiHost, urlHostInfo } from '../../core/domain';
import { decodePunycodeLabel, hostToUnicode } from '../../core/punycode';
import { skeleton } from '../../core/confusables';
import { buildSkeletonTable, loadUnhomoglyphData } from '../../build/gen-confusables';
import committed from '../../data/confusables-skeleton.json';

describe('domain', () => {
  it.each([
    ['www.10086.cn', '10086.cn', '10086', 'cn', 'www'],
    ['m.icbc.com.cn', 'icbc.com.cn', 'icbc', 'com.cn', 'm'],
    ['10086.cn.verify-id.com', 'verify-id.com', 'verify-id', 'com', '10086.cn'],
    ['WWW.Gov.CN.', 'www.gov.cn', 'www', 'gov.cn', ''],
    // Private suffixes count: a scam on pages.dev is its own site, not Cloudflare's.
    ['10086-kyc.pages.dev', '10086-kyc.pages.dev', '10086-kyc', 'pages.dev', ''],
  ])('%s → %s', (host, domain, label, suffix, subdomain) => {
    const info = hostInfo(host)!;
    expect(info.domain).toBe(domain);
    expect(info.label).toBe(label);
    expect(info.suffix).toBe(suffix);
    expect(info.subdomain).toBe(subdomain);
  });

  it('decodes IDN labels to Unicode and encodes them back', () => {
    const info = hostInfo('xn--80ak6aa92e.com')!;
    expect(info.domainUnicode).toBe('аррӏе.com');
    expect(toAsciiHost('аррӏе.com')).toBe('xn--80ak6aa92e.com');
    expect(hostInfo('中国移动.中国')!.domain).toBe(toAsciiHost('中国移动.中国'));
    expect(hostInfo('中国移动.中国')!.domainUnicode).toBe('中国移动.中国');
    expect(hostToUnicode('www.xn--fiqs8s')).toBe('www.中国');
    // Full-width letters fold the way the browser's address bar folds them.
    expect(toAsciiHost('１００８６.cn')).toBe('10086.cn');
  });

  it('rejects junk without throwing', () => {
    for (const bad of ['', ' ', 'a..b', 'x'.repeat(300), 'exa mple.com', '[::1']) expect(toAsciiHost(bad)).toBeNull();
    expect(decodePunycodeLabel('!!!')).toBeNull();
    expect(decodePunycodeLabel('a'.repeat(100))).toBeNull();
    expect(hostToUnicode('xn--zz!.com')).toBe('xn--zz!.com');
    expect(urlHostInfo('not a url')).toBeNull();
    expect(urlHostInfo('chrome-extension://abc/popup.html')).toBeNull();
    expect(urlHostInfo('file:///etc/passwd')).toBeNull();
    expect(registrableDomain('https://x')).toBeNull();
  });

  it('reads IP addresses as their own site', () => {
    expect(hostInfo('192.168.1.10')).toMatchObject({ isIp: true, domain: '192.168.1.10' });
    expect(urlHostInfo('https://[::1]:8443/')).toMatchObject({ isIp: true, host: '::1' });
  });

  it('lists host suffixes from the full host down', () => {
    expect(hostSuffixes('a.b.10086.cn')).toEqual(['a.b.10086.cn', 'b.10086.cn', '10086.cn', 'cn']);
  });
});

describe('confusables skeleton', () => {
  it.each([
    ['10086', 'loo86'],
    ['1Ο086', 'loo86'], // Greek capital omicron
    ['chinamobile', 'chinarnobile'],
    ['chinаmobile', 'chinarnobile'], // Cyrillic а
    ['ｔ-ｍｏｂｉｌｅ', 't-rnobile'], // full-width
    ['pаypаl', 'paypal'],
    ['icbç', 'icbc'], // diacritic removed
  ])('%s → %s', (input, out) => {
    expect(skeleton(input)).toBe(out);
  });

  it('the committed table is what build/gen-confusables.ts generates from confusables.txt', () => {
    expect(committed).toEqual(buildSkeletonTable(loadUnhomoglyphData()));
  });
});
