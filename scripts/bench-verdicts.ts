// Site-verdict benchmark (issue 4 "Measured"): speed beside eth-phishing-detect's checkDomain on the same host
// names, the share of generated lookalikes of registry domains caught, and the share of popular domains wrongly
// flagged as lookalikes. `scripts/bench.ts` calls benchVerdicts(); `npx tsx scripts/bench-verdicts.ts` runs it alone.
// Targets: ≥ 95 % caught, ≤ 0.5 % wrongly flagged, faster than checkDomain.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import confusables from '../data/confusables-skeleton.json';
import { buildRegistryIndex } from '../build/build-registry-index';
import { POPULAR_DOMAINS_FILE, readPopularDomains } from '../build/popular-domains-plugin';
import { toAsciiHost } from '../core/domain';
import { MIN_EDIT_LABEL_LENGTH, MIN_EDIT_NUMERIC_LABEL_LENGTH } from '../core/lookalike';
import type { RegistryIndex } from '../core/registry-index';
import { siteVerdictForHostName } from '../core/site-verdict';

/** Host names timed: the issue's figure. */
export const HOSTS = 100_000;
/** Fixed seed: every run times the same names. */
const SEED = 0x1d6a4d;

export type GeneratedKind = 'omission' | 'repetition' | 'swap' | 'homoglyph' | 'hyphenation' | 'tld-swap' | 'embedding' | 'brand-keyword';
export const GENERATED_KINDS: GeneratedKind[] = ['omission', 'repetition', 'swap', 'homoglyph', 'hyphenation', 'tld-swap', 'embedding', 'brand-keyword'];

export interface BenchVerdictsResult {
  hosts: number;
  verdictsPerSecond: number;
  checkDomainPerSecond: number;
  /** verdictsPerSecond / checkDomainPerSecond: > 1 means faster than checkDomain. */
  speedRatio: number;
  /** One-off cost of building the lookup tables on the first verdict (ms). */
  indexBuildMs: number;
  lookalikes: { total: number; caught: number; share: number; byKind: Record<GeneratedKind, { total: number; caught: number }>; missed: string[] };
  popular: { total: number; flagged: number; share: number; flaggedDomains: string[] };
  targetsMet: { caught: boolean; falsePositives: boolean; faster: boolean };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * For each ASCII letter or digit, one character that UTS #39 says looks like it (the inverse of the committed
 * confusables table), preferring Cyrillic and Greek, which is what IDN homograph attacks use.
 */
const HOMOGLYPHS: Record<string, string> = (() => {
  const out: Record<string, string> = {};
  for (const [ch, proto] of Object.entries(confusables as Record<string, string>)) {
    if (proto.length !== 1 || ch.toLowerCase() !== ch) continue;
    const cp = ch.codePointAt(0)!;
    const cyrillicOrGreek = (cp >= 0x370 && cp <= 0x52f) || (cp >= 0x30 && cp <= 0x39);
    if (!out[proto] || cyrillicOrGreek) out[proto] = ch;
  }
  return out;
})();
/** Cheap TLDs that scam kits register (and that no registry brand holds). */
const SCAM_TLDS = ['top', 'xyz', 'vip', 'cc', 'shop', 'icu'];
const LURES = ['kyc', 'verify', 'smrz', 'secure-login', 'realname', 'refund'];

function splitDomain(domain: string): { label: string; suffix: string } {
  const dot = domain.indexOf('.');
  return { label: domain.slice(0, dot), suffix: domain.slice(dot + 1) };
}

/**
 * Lookalikes of every registry domain, one per kind. Edit kinds (omission, repetition, swap, hyphenation) only for
 * labels long enough for an edit to keep the name recognisable (core/lookalike.ts MIN_EDIT_*): one letter off a
 * 4-letter acronym is another acronym, not a lookalike. Homoglyph, TLD swap, embedding and brand + keyword for
 * every label of 4 or more characters.
 */
export function generateLookalikes(index: RegistryIndex): { host: string; kind: GeneratedKind; of: string }[] {
  const out: { host: string; kind: GeneratedKind; of: string }[] = [];
  const gov = index.govSuffixes.map((g) => g.suffix);
  const underGovSuffix = (host: string) => gov.some((s) => host.endsWith(`.${s}`));
  let n = 0;
  for (const entry of index.entries) {
    for (const domain of entry.domains) {
      const { label, suffix } = splitDomain(domain);
      if (label.length < 4 || label === 'www') continue;
      // A spelling that stays under a government-only suffix (scamatch.gov.au) can only be a government's own site.
      const add = (kind: GeneratedKind, host: string) => {
        if (!underGovSuffix(host)) out.push({ host, kind, of: domain });
      };
      const mid = Math.floor(label.length / 2);
      const editable = label.length >= (/^\d+$/.test(label) ? MIN_EDIT_NUMERIC_LABEL_LENGTH : MIN_EDIT_LABEL_LENGTH);
      if (editable) {
        add('omission', `${label.slice(0, mid)}${label.slice(mid + 1)}.${suffix}`);
        add('repetition', `${label.slice(0, mid)}${label[mid]}${label.slice(mid)}.${suffix}`);
        let i = mid;
        while (i + 1 < label.length && label[i] === label[i + 1]) i++;
        if (i + 1 < label.length) add('swap', `${label.slice(0, i)}${label[i + 1]}${label[i]}${label.slice(i + 2)}.${suffix}`);
        if (!label.includes('-')) add('hyphenation', `${label.slice(0, mid)}-${label.slice(mid)}.${suffix}`);
      }
      const at = [...label].findIndex((c) => HOMOGLYPHS[c]);
      if (at >= 0) {
        const spoof = `${label.slice(0, at)}${HOMOGLYPHS[label[at]]}${label.slice(at + 1)}.${suffix}`;
        const ascii = toAsciiHost(spoof);
        // IDNA maps some lookalikes to ASCII by itself (ſ → s): that is another name, not a homoglyph.
        if (ascii && (ascii.includes('xn--') || /^[a-z0-9]$/.test(HOMOGLYPHS[label[at]]))) add('homoglyph', ascii);
      }
      add('tld-swap', `${label}.${SCAM_TLDS[n % SCAM_TLDS.length]}`);
      add('embedding', n % 2 ? `${domain}.${LURES[n % LURES.length]}.com` : `www-${domain.replace(/\./g, '-')}.${SCAM_TLDS[n % SCAM_TLDS.length]}`);
      add('brand-keyword', n % 2 ? `${label}-${LURES[n % LURES.length]}.com` : `${LURES[n % LURES.length]}-${label}.${SCAM_TLDS[n % SCAM_TLDS.length]}`);
      n++;
    }
  }
  return out;
}

/** The timed names: popular domains, the same with random subdomains, and generated lookalikes, shuffled. */
function timedHosts(popular: string[], lookalikes: string[], count: number): string[] {
  const rand = mulberry32(SEED);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const label = () => Array.from({ length: 3 + Math.floor(rand() * 8) }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(rand() * 36)]).join('');
  const hosts: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    if (r < 0.4) hosts.push(pick(popular));
    else if (r < 0.6) hosts.push(`www.${pick(popular)}`);
    else if (r < 0.85) hosts.push(`${label()}.${rand() < 0.3 ? `${label()}.` : ''}${pick(popular)}`);
    else hosts.push(pick(lookalikes));
  }
  return hosts;
}

function perSecond(fn: (h: string) => unknown, hosts: string[]): number {
  // One warm-up pass over a slice so both sides run JIT-compiled code, then the timed pass over all names.
  for (const h of hosts.slice(0, 2000)) fn(h);
  const start = performance.now();
  let sink = 0;
  for (const h of hosts) if (fn(h)) sink++;
  const ms = performance.now() - start;
  if (sink < 0) console.log(sink); // keep the results alive
  return (hosts.length / ms) * 1000;
}

export async function benchVerdicts(opts: { hosts?: number; print?: boolean; popularFile?: string } = {}): Promise<BenchVerdictsResult> {
  const index = buildRegistryIndex();
  const popular = readPopularDomains(opts.popularFile ?? POPULAR_DOMAINS_FILE);
  const generated = generateLookalikes(index);

  const buildStart = performance.now();
  siteVerdictForHostName('warm-up.example', index);
  const indexBuildMs = performance.now() - buildStart;

  const byKind = Object.fromEntries(GENERATED_KINDS.map((k) => [k, { total: 0, caught: 0 }])) as BenchVerdictsResult['lookalikes']['byKind'];
  const missed: string[] = [];
  for (const g of generated) {
    const v = siteVerdictForHostName(g.host, index);
    byKind[g.kind].total++;
    if (v?.site === 'lookalike') byKind[g.kind].caught++;
    else missed.push(`${g.host} (${g.kind} of ${g.of}: ${v?.site})`);
  }
  const caught = generated.length - missed.length;

  const flaggedDomains = popular.filter((d) => siteVerdictForHostName(d, index)?.site === 'lookalike');

  const checkDomain = createRequire(import.meta.url)('eth-phishing-detect') as (domain: string) => boolean;
  const hosts = timedHosts(popular, generated.map((g) => g.host), opts.hosts ?? HOSTS);
  const ours = perSecond((h) => siteVerdictForHostName(h, index)?.site === 'lookalike', hosts);
  const theirs = perSecond((h) => checkDomain(h), hosts);

  const result: BenchVerdictsResult = {
    hosts: hosts.length,
    verdictsPerSecond: Math.round(ours),
    checkDomainPerSecond: Math.round(theirs),
    speedRatio: ours / theirs,
    indexBuildMs,
    lookalikes: { total: generated.length, caught, share: caught / generated.length, byKind, missed },
    popular: { total: popular.length, flagged: flaggedDomains.length, share: flaggedDomains.length / popular.length, flaggedDomains },
    targetsMet: { caught: caught / generated.length >= 0.95, falsePositives: flaggedDomains.length / popular.length <= 0.005, faster: ours > theirs },
  };
  if (opts.print ?? true) printTable(result);
  return result;
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

export function printTable(r: BenchVerdictsResult): void {
  const ok = (b: boolean) => (b ? 'ok' : 'MISSED');
  const rows: [string, string, string][] = [
    [`site verdicts / s (${r.hosts.toLocaleString('en')} hosts)`, r.verdictsPerSecond.toLocaleString('en'), ''],
    ['eth-phishing-detect checkDomain / s (same hosts)', r.checkDomainPerSecond.toLocaleString('en'), ''],
    ['speed ratio (ours / checkDomain)', `${r.speedRatio.toFixed(1)}×`, `> 1× ${ok(r.targetsMet.faster)}`],
    ['lookup tables built on first verdict', `${r.indexBuildMs.toFixed(1)} ms`, ''],
    [`generated lookalikes caught (${r.lookalikes.total})`, pct(r.lookalikes.share), `≥ 95 % ${ok(r.targetsMet.caught)}`],
    ...GENERATED_KINDS.map((k): [string, string, string] => {
      const { total, caught } = r.lookalikes.byKind[k];
      return [`  ${k}`, total ? `${caught}/${total}` : '-', ''];
    }),
    [`popular domains flagged as lookalikes (${r.popular.total})`, `${pct(r.popular.share)} (${r.popular.flagged})`, `≤ 0.5 % ${ok(r.targetsMet.falsePositives)}`],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  console.log('\nSite verdicts (core/site-verdict.ts)');
  for (const [a, b, c] of rows) console.log(`  ${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  if (r.lookalikes.missed.length) console.log(`  missed: ${r.lookalikes.missed.slice(0, 40).join(', ')}${r.lookalikes.missed.length > 40 ? ', …' : ''}`);
  if (r.popular.flaggedDomains.length) console.log(`  flagged popular: ${r.popular.flaggedDomains.slice(0, 12).join(', ')}`);
}

/** For scripts/bench.ts: runs the bench (printing its table) and returns the headline figures as one flat row. */
export default async function run(): Promise<Record<string, number | boolean>> {
  const r = await benchVerdicts();
  return {
    hosts: r.hosts,
    verdictsPerSecond: r.verdictsPerSecond,
    checkDomainPerSecond: r.checkDomainPerSecond,
    speedRatio: r.speedRatio,
    lookalikesCaught: r.lookalikes.share,
    popularFlagged: r.popular.share,
    targetsMet: r.targetsMet.caught && r.targetsMet.falsePositives && r.targetsMet.faster,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchVerdicts();
}
