// The registry is data tested like code: schema, registrable domains, links on the entry's own domains, sources,
// sorting, no domain in two entries, and the government suffixes.
import { describe, expect, it } from 'vitest';
import { parse } from 'tldts';
import { loadGovSuffixes, loadRegistry, loadUserContentHosts, readRegistryFiles } from '../../build/registry-load';
import { buildRegistryIndex } from '../../build/build-registry-index';
import { CATEGORIES, type RegistryEntry } from '../../core/registry-types';
import { CATEGORY_LABELS } from '../../ui/popup/popup-text';

const files = readRegistryFiles();
const entries = loadRegistry();
const govSuffixes = loadGovSuffixes();
const userContent = loadUserContentHosts();
const ENTRY_KEYS = new Set(['id', 'names', 'aliases', 'category', 'region', 'domains', 'hosts', 'website', 'realName', 'apps', 'hotlines', 'report', 'notes', 'sources']);
/** ISO 3166-1 alpha-2 regions the registry covers, plus "EU". */
const REGION = /^(?:[A-Z]{2}|EU)$/;

function linksOf(e: RegistryEntry): string[] {
  return [e.website, e.realName, e.report, ...(e.apps ?? []).map((a) => a.url)].filter((u): u is string => !!u);
}

describe('registry data', () => {
  it('has at least 180 entries in at least 19 regions', () => {
    expect(entries.length).toBeGreaterThanOrEqual(180);
    expect(new Set(entries.map((e) => e.region)).size).toBeGreaterThanOrEqual(19);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s matches the schema', (_id, e) => {
    for (const key of Object.keys(e)) expect(ENTRY_KEYS, `unknown field ${key}`).toContain(key);
    expect(e.id).toMatch(/^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(e.id.startsWith(`${e.region.toLowerCase()}-`) || e.region === 'EU').toBe(true);
    for (const lang of ['zh_CN', 'zh_TW', 'en'] as const) expect(e.names[lang]?.trim()).toBeTruthy();
    expect(Array.isArray(e.aliases)).toBe(true);
    for (const a of e.aliases) expect(typeof a === 'string' && a.trim() === a && a.length > 0).toBe(true);
    expect(CATEGORIES).toContain(e.category);
    expect(e.region).toMatch(REGION);
    expect(e.domains.length).toBeGreaterThan(0);
    for (const h of e.hotlines ?? []) expect(h).toMatch(/^[#+\d][\d\s()-]*$/);
    for (const app of e.apps ?? []) expect(app.name.trim()).toBeTruthy();
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: every domain is a lowercase registrable domain with a source', (_id, e) => {
    for (const d of e.domains) {
      expect(d, d).toBe(d.toLowerCase());
      expect(d, d).toMatch(/^[a-z0-9.-]+$/); // ASCII: the lookalike skeletons compare against ASCII domains
      expect(parse(d).domain, `${d} is not an eTLD+1`).toBe(d);
      // The same with private suffixes, which the site verdict uses (a registry domain on github.io would not be one site).
      expect(parse(d, { allowPrivateDomains: true }).domain, d).toBe(d);
      expect(e.sources.some((s) => s.domain === d), `${d} has no source`).toBe(true);
    }
    expect(new Set(e.domains).size).toBe(e.domains.length);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: every link is https on the entry’s own domains (own hosts, on a scoped domain)', (_id, e) => {
    const scopedDomains = new Set((e.hosts ?? []).map((h) => parse(h).domain));
    for (const link of linksOf(e)) {
      const u = new URL(link);
      expect(u.protocol, link).toBe('https:');
      const domain = parse(u.hostname).domain!;
      expect(e.domains, link).toContain(domain);
      if (scopedDomains.has(domain)) expect(e.hosts!.some((h) => u.hostname === h || u.hostname.endsWith(`.${h}`)), link).toBe(true);
    }
  });

  it.each(entries.filter((e) => e.hosts).map((e) => [e.id, e] as const))('%s: every scoped host is a subdomain of one of its domains', (_id, e) => {
    for (const h of e.hosts!) {
      expect(h).toMatch(/^[a-z0-9.-]+$/);
      expect(e.domains.some((d) => h.endsWith(`.${d}`)), h).toBe(true);
    }
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: every source is https and about one of its domains', (_id, e) => {
    expect(e.sources.length).toBeGreaterThan(0);
    for (const s of e.sources) {
      expect(new URL(s.url).protocol, s.url).toBe('https:');
      expect(e.domains, s.domain).toContain(s.domain);
      expect(s.note.trim()).toBeTruthy();
    }
  });

  it('puts no domain in two entries and has unique ids', () => {
    const owner = new Map<string, string>();
    for (const e of entries) {
      for (const d of e.domains) {
        expect(owner.get(d), `${d} is in ${owner.get(d)} and ${e.id}`).toBeUndefined();
        owner.set(d, e.id);
      }
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it.each(files.map((f) => [f.file, f] as const))('%s is sorted by id', (_file, f) => {
    const ids = f.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('has a popup label for every category, in every UI language', () => {
    for (const c of CATEGORIES) {
      for (const lang of ['en', 'zh_CN', 'zh_TW'] as const) expect(CATEGORY_LABELS[c]?.[lang]?.trim(), `${c} ${lang}`).toBeTruthy();
    }
  });

  it('covers the entries the issue asks for', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const id of ['cn-china-mobile', 'cn-china-unicom', 'cn-china-telecom', 'cn-china-broadnet', 'cn-caict-yizhengtongcha', 'cn-12306', 'cn-12321', 'cn-mohrss', 'cn-national-anti-fraud-center', 'cn-unionpay', 'kr-msafer', 'in-sanchar-saathi']) {
      expect(ids.has(id), id).toBe(true);
    }
    const regions = new Set(entries.map((e) => e.region));
    for (const r of ['CN', 'HK', 'MO', 'TW', 'SG', 'JP', 'KR', 'US', 'GB', 'CA', 'AU', 'IN']) expect(regions.has(r), r).toBe(true);
  });
});

describe('government suffixes', () => {
  it('are sorted, unique, with a note and an https source each', () => {
    const suffixes = govSuffixes.map((g) => g.suffix);
    expect(suffixes).toEqual([...suffixes].sort());
    expect(new Set(suffixes).size).toBe(suffixes.length);
    for (const g of govSuffixes) {
      expect(g.suffix).toMatch(/^[a-z0-9.-]+$/);
      expect(g.region).toMatch(REGION);
      expect(g.note.trim().length).toBeGreaterThan(10);
      expect(new URL(g.source).protocol).toBe('https:');
    }
  });

  it('include the restricted suffixes the issue names', () => {
    const suffixes = new Set(govSuffixes.map((g) => g.suffix));
    for (const s of ['gov.cn', 'gov.hk', 'gov.sg', 'go.jp', 'go.kr', 'gov', 'gov.uk', 'gov.au', 'gov.in', 'europa.eu']) expect(suffixes.has(s), s).toBe(true);
  });

  it('never list a suffix anyone can register', () => {
    const open = ['de', 'ch', 'ca', 'com', 'cn', 'hk', 'com.cn', 'co.uk', 'com.au'];
    for (const g of govSuffixes) expect(open).not.toContain(g.suffix);
  });
});

describe('user-content hosts', () => {
  it('are sorted, unique, of a known kind, with a note and an https source each', () => {
    const hosts = userContent.map((u) => u.host);
    expect(hosts).toEqual([...hosts].sort());
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const u of userContent) {
      expect(u.host).toMatch(/^[a-z0-9.-]+$/);
      expect(['form', 'document', 'site', 'blog', 'shop']).toContain(u.kind);
      expect(u.note.trim().length).toBeGreaterThan(10);
      expect(new URL(u.source).protocol).toBe('https:');
    }
  });

  it('include the form builders and page hosts the issue names', () => {
    const hosts = new Set(userContent.map((u) => u.host));
    for (const h of ['docs.google.com', 'forms.gle', 'sites.google.com', 'forms.office.com', 'jinshuju.net', 'wjx.cn', 'wj.qq.com', 'docs.qq.com', 'kdocs.cn', 'shimo.im', 'jotform.com', 'typeform.com', 'notion.site', 'github.io', 'pages.dev', 'vercel.app', 'netlify.app', 'blogspot.com', 'wixsite.com']) {
      expect(hosts.has(h), h).toBe(true);
    }
  });

  it('is never a registry entry’s scoped host (only the owner’s own hosts under a subdomains-only entry like free.fr)', () => {
    for (const u of userContent) {
      for (const e of entries) {
        for (const h of e.hosts ?? []) {
          const covered = u.subdomains ? h.endsWith(`.${u.host}`) : h === u.host || h.endsWith(`.${u.host}`);
          // A subdomains-only user-content host may hold the owner's own hosts (www.free.fr): they are checked first.
          if (covered) expect(u.subdomains, `${h} of ${e.id} is on user-content ${u.host}`).toBe(true);
        }
      }
    }
  });
});

describe('registry index', () => {
  it('keeps every entry and the government suffixes, most specific first', () => {
    const index = buildRegistryIndex();
    expect(index.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    const depths = index.govSuffixes.map((g) => g.suffix.split('.').length);
    expect(depths).toEqual([...depths].sort((a, b) => b - a));
    expect(JSON.stringify(index)).not.toContain('"sources"');
  });
});
