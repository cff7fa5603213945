// npm run eval (issue 8): detection quality of the BUILT extension in real headless Chromium, on pages nobody on the
// team tuned it with (the real corpus) and on the project's own pages (fixtures and demo), each served from loopback
// under a host name that fits its label. Prints per set and per language: positives caught / total and negatives
// wrongly warned / total, with and without borderline pages, lists every miss with its reasons, writes
// eval-output/eval.json, and checks the targets (tests/e2e/eval-gate.e2e.ts runs this as a gate).
//
//   npm run eval [-- --no-build] [--readme] [--only corpus|fixtures|precision|demo] [--browser chromium|firefox]
//
// `--browser firefox` runs the same pages in Firefox ESR (puppeteer-core) with the Firefox build and writes
// eval-output/eval-firefox.json (issue 15 asks for every request caught "in both browsers").
//
// The corpus is read from ../shared/corpus/real at run time (IDG_CORPUS_DIR overrides) and never copied here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { CHROME_EXT, FIREFOX_EXT, FIXTURES, launchChromium, launchFirefox, OUT_DIR, ROOT, startFixtureServer, type Route } from '../tests/e2e/harness';
import { loadRegistry } from '../build/registry-load';
import type { Level } from '../core/types';
import { DEMO_DIR, loadDemoPages } from './demo';
import { ExtensionProbe, FirefoxProbe, linksToDomain, markdownTable, type PageOutcome, type PageProbe } from './page-probe';

export const CORPUS_DIR = resolve(ROOT, process.env.IDG_CORPUS_DIR || '../shared/corpus/real');
export const EXPECTED_LEVELS_FILE = join(FIXTURES, 'expected-levels.json');
const OUTPUT_DIR = join(ROOT, 'eval-output');

/** Targets from issue 8. */
export const TARGETS = {
  /** Real corpus, non-borderline: share of ID requests that must get caution or danger. */
  corpusMinCaughtShare: 0.95,
  /** Real corpus, non-borderline: benign pages that may be warned at most. */
  corpusMaxWronglyWarned: 1,
  /** Precision fixtures (issue 15): ordinary pages that tempt a keyword detector, warned at most. */
  precisionMaxWarned: 1,
};

/**
 * Host names that fit a label. Positives go on a scam-like host, negatives on an ordinary one; neither names a brand,
 * so a page is judged on its content (the corpus README asks for that), and an official host is used only where the
 * page's MANIFEST says which official site it belongs to.
 */
export const POSITIVE_HOST = 'secure-verify-id.top';
export const NEGATIVE_HOST = 'www.example-shop.com';

/**
 * Pages are opened this many at a time in one browser (each in its own tab): most of a visit is waiting for the
 * verdict to settle, and people do open several tabs at once. IDG_EVAL_CONCURRENCY overrides.
 */
const CONCURRENCY = Math.max(1, Number(process.env.IDG_EVAL_CONCURRENCY) || 3);

/** `precision`: the fixture pages marked `"precision": true`, ordinary pages that tempt a keyword detector (issue 15). */
export type SetName = 'corpus' | 'fixtures' | 'precision' | 'demo';
const WARNED: Level[] = ['caution', 'danger'];

export interface EvalPage {
  set: SetName;
  /** Path relative to its set's folder. */
  file: string;
  url: string;
  lang: string;
  positive: boolean;
  borderline: boolean;
  /** Expected level (own pages only). */
  expected?: Level;
  /** Registry id of the brand a scam page impersonates: its banner must link to that brand's official site. */
  brand?: string;
  /** Why the page has its label (corpus) or what it is (own pages). */
  about?: string;
}

export interface EvalResult {
  page: EvalPage;
  outcome: PageOutcome;
  caught: boolean;
  problems: string[];
}

export interface LangStats {
  lang: string;
  positives: number;
  caught: number;
  negatives: number;
  wronglyWarned: number;
  positivesNonBorderline: number;
  caughtNonBorderline: number;
  negativesNonBorderline: number;
  wronglyWarnedNonBorderline: number;
  /** Own pages: how many got exactly their expected level. */
  matched?: number;
}

export interface EvalReport {
  finishedAt: string;
  browser: EvalBrowser;
  extension: string;
  corpusDir: string | null;
  sets: Partial<Record<SetName, { perLanguage: LangStats[]; total: LangStats }>>;
  results: EvalResult[];
  checks: { name: string; pass: boolean; detail: string }[];
  pass: boolean;
  table: string;
}

// ---------------------------------------------------------------- page lists

interface ExpectedLevelsFile {
  pages: {
    file: string;
    host?: string;
    path?: string;
    level?: Level;
    lang?: string;
    brand?: string;
    borderline?: boolean;
    /** Set for pages that are only parts of another page (an iframe's document): listed, never opened alone. */
    partOf?: string;
    /** An ordinary page that tempts a keyword detector: scored in the `precision` set. */
    precision?: boolean;
    what?: string;
  }[];
}

export function loadExpectedLevels(): ExpectedLevelsFile {
  return JSON.parse(readFileSync(EXPECTED_LEVELS_FILE, 'utf8')) as ExpectedLevelsFile;
}

/** Host and path a fixture file is served under: tests/fixtures/sites/<host>/<path> by its folder, else by its entry. */
export function fixtureLocation(entry: { file: string; host?: string; path?: string }): { host: string; path: string } | null {
  const m = /^sites\/([^/]+)\/(.*)$/.exec(entry.file);
  if (m) return { host: entry.host ?? m[1], path: entry.path ?? `/${m[2].replace(/(^|\/)index\.html$/, '$1')}` };
  if (!entry.host) return null;
  return { host: entry.host, path: entry.path ?? `/${entry.file}` };
}

function fixturePages(url: (host: string, path: string) => string, set: 'fixtures' | 'precision'): EvalPage[] {
  return loadExpectedLevels()
    .pages.filter((p) => !p.partOf && p.level && !!p.precision === (set === 'precision'))
    .map((p) => {
      const loc = fixtureLocation(p);
      if (!loc) throw new Error(`${EXPECTED_LEVELS_FILE}: ${p.file} is not under sites/<host>/ and has no "host"`);
      return {
        set,
        file: p.file,
        url: url(loc.host, loc.path),
        lang: p.lang ?? 'und',
        positive: WARNED.includes(p.level!),
        borderline: !!p.borderline,
        expected: p.level,
        brand: p.brand,
        about: p.what,
      };
    });
}

/** Demo pages are served under /__demo/ so they never collide with a fixture of the same host (www.10086.cn). */
const DEMO_PREFIX = '/__demo';
function demoPages(url: (host: string, path: string) => string): EvalPage[] {
  return loadDemoPages().map((p) => ({
    set: 'demo' as const,
    file: `sites/${p.host}${p.path}`,
    url: url(p.host, `${DEMO_PREFIX}${p.path}`),
    lang: p.lang,
    positive: WARNED.includes(p.expected),
    borderline: false,
    expected: p.expected,
    brand: p.brand,
    about: p.what,
  }));
}

interface CorpusEntry {
  file: string;
  label: 'id-upload-request' | 'benign';
  language: string;
  borderline?: boolean;
  intended_origin?: string;
  why_label?: string;
}

/** A host for an official page: the first domain-like word of its MANIFEST `intended_origin` ("gov.uk service …"). */
export function officialHostOf(intendedOrigin: string): string | null {
  const m = /\b((?:[a-z0-9-]+\.)+[a-z]{2,})\b/i.exec(intendedOrigin);
  if (!m) return null;
  const domain = m[1].toLowerCase();
  return domain.split('.').length > 2 || domain.startsWith('www.') ? domain : `www.${domain}`;
}

const CORPUS_PREFIX = '/__corpus';
function corpusPages(url: (host: string, path: string) => string): EvalPage[] {
  const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'MANIFEST.json'), 'utf8')) as CorpusEntry[];
  return manifest.map((e) => {
    const positive = e.label === 'id-upload-request';
    const host = (e.intended_origin && officialHostOf(e.intended_origin)) || (positive ? POSITIVE_HOST : NEGATIVE_HOST);
    return {
      set: 'corpus' as const,
      file: e.file,
      url: url(host, `${CORPUS_PREFIX}/${e.file}`),
      lang: e.language,
      positive,
      borderline: !!e.borderline,
      about: e.why_label,
    };
  });
}

// ---------------------------------------------------------------- serving

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml' };

function sendFile(res: ServerResponse, file: string): void {
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
}

/** Serves `<dir(host)>/<rest>` for paths under `prefix`; never outside that folder. */
function serveUnder(prefix: string, dir: (host: string) => string): Route {
  return (_req, res, url) => {
    if (!url.pathname.startsWith(`${prefix}/`)) return false;
    const base = dir(url.hostname);
    const rel = decodeURIComponent(url.pathname.slice(prefix.length)).replace(/\/$/, '/index.html');
    const file = normalize(join(base, rel));
    if (!file.startsWith(base + '/') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    } else sendFile(res, file);
    return true;
  };
}

// ---------------------------------------------------------------- build

const SOURCE_PATHS = ['entrypoints', 'lib', 'components', 'background', 'data', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

/** Builds the Chromium extension when there is none or a source file is newer than it. */
export function ensureBuilt(log: (s: string) => void = console.log, browser: EvalBrowser = 'chromium'): void {
  const manifest = join(browser === 'firefox' ? FIREFOX_EXT : CHROME_EXT, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  if (builtAt && Math.max(...SOURCE_PATHS.map((p) => newestMtime(join(ROOT, p)))) <= builtAt) return;
  log(`Building the ${browser} extension into ${relative(ROOT, OUT_DIR) || '.'} …`);
  const wxtArgs = browser === 'firefox' ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'];
  const r = spawnSync('npx', wxtArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, IDG_OUT_DIR: OUT_DIR } });
  if (r.status !== 0) throw new Error('wxt build failed');
}

// ---------------------------------------------------------------- scoring

function judge(page: EvalPage, outcome: PageOutcome, brandDomains: Map<string, string[]>): EvalResult {
  const caught = WARNED.includes(outcome.level);
  const problems: string[] = [];
  if (outcome.error) problems.push(`error: ${outcome.error}`);
  if (page.expected && outcome.level !== page.expected) problems.push(`level ${outcome.level}, expected ${page.expected}`);
  if (!page.expected && page.positive && !caught) problems.push(`missed: level ${outcome.level}`);
  if (!page.expected && !page.positive && caught) problems.push(`wrongly warned: level ${outcome.level}`);
  if (caught && !outcome.banner) problems.push('warned but no banner in the page');
  if (!caught && outcome.banner) problems.push(`banner (${outcome.banner}) on a page whose level is ${outcome.level}`);
  if (page.brand) {
    const domains = brandDomains.get(page.brand);
    if (!domains) problems.push(`brand ${page.brand} is not in the registry`);
    else if (!outcome.bannerLinks.some((h) => linksToDomain(h, domains)))
      problems.push(`banner does not link to ${page.brand}'s official site (${domains.join(', ')}); links: ${outcome.bannerLinks.join(' ') || 'none'}`);
  }
  return { page, outcome, caught, problems };
}

function stats(results: EvalResult[], lang: string): LangStats {
  const s: LangStats = {
    lang,
    positives: 0,
    caught: 0,
    negatives: 0,
    wronglyWarned: 0,
    positivesNonBorderline: 0,
    caughtNonBorderline: 0,
    negativesNonBorderline: 0,
    wronglyWarnedNonBorderline: 0,
  };
  for (const r of results) {
    const nb = !r.page.borderline;
    if (r.page.positive) {
      s.positives++;
      if (r.caught) s.caught++;
      if (nb) s.positivesNonBorderline++;
      if (nb && r.caught) s.caughtNonBorderline++;
    } else {
      s.negatives++;
      if (r.caught) s.wronglyWarned++;
      if (nb) s.negativesNonBorderline++;
      if (nb && r.caught) s.wronglyWarnedNonBorderline++;
    }
    if (r.page.expected) s.matched = (s.matched ?? 0) + (r.outcome.level === r.page.expected ? 1 : 0);
  }
  return s;
}

const frac = (a: number, b: number) => (b ? `${a}/${b}` : '-');

function setTable(name: SetName, per: LangStats[], total: LangStats): string {
  const own = name !== 'corpus';
  const header = ['set', 'language', 'positives caught', 'negatives wrongly warned', 'caught (non-borderline)', 'wrongly warned (non-borderline)'];
  if (own) header.push('expected level matched');
  const row = (s: LangStats) => {
    const r = [name, s.lang, frac(s.caught, s.positives), frac(s.wronglyWarned, s.negatives), frac(s.caughtNonBorderline, s.positivesNonBorderline), frac(s.wronglyWarnedNonBorderline, s.negativesNonBorderline)];
    if (own) r.push(frac(s.matched ?? 0, s.positives + s.negatives));
    return r;
  };
  return markdownTable(header, [...per.map(row), row({ ...total, lang: 'all' })]);
}

/**
 * Precision beside recall, per set and over all of them: of the pages warned, how many ask for an ID; of the pages
 * that ask for one, how many were warned.
 */
function precisionRecallTable(results: EvalResult[], sets: SetName[]): string {
  const pct = (a: number, b: number) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(1)}%)` : '-');
  const row = (name: string, rs: EvalResult[]) => {
    const warned = rs.filter((r) => r.caught);
    const hits = warned.filter((r) => r.page.positive).length;
    return [name, pct(hits, warned.length), pct(hits, rs.filter((r) => r.page.positive).length), `${warned.length - hits}`];
  };
  const rows = sets.map((s) => row(s, results.filter((r) => r.page.set === s)));
  rows.push(row('all', results));
  return markdownTable(['set', 'precision (warned pages that ask for an ID)', 'recall (ID requests warned)', 'false warnings'], rows);
}

// ---------------------------------------------------------------- run

export interface EvalOptions {
  build?: boolean;
  sets?: SetName[];
  log?: (s: string) => void;
  settleMs?: number;
  /** Chromium (default) or Firefox ESR, each with its own build. */
  browser?: EvalBrowser;
}

export type EvalBrowser = 'chromium' | 'firefox';

export async function runEval(opts: EvalOptions = {}): Promise<EvalReport> {
  const log = opts.log ?? console.log;
  if (opts.build !== false) ensureBuilt(log, opts.browser);
  const haveCorpus = existsSync(join(CORPUS_DIR, 'MANIFEST.json'));
  const wanted = (opts.sets ?? ['fixtures', 'precision', 'demo', 'corpus']).filter((s) => s !== 'corpus' || haveCorpus);
  if (!haveCorpus) log(`No corpus at ${CORPUS_DIR}: the corpus set is skipped.`);

  const server = await startFixtureServer({
    routes: [serveUnder(CORPUS_PREFIX, () => CORPUS_DIR), serveUnder(DEMO_PREFIX, (host) => join(DEMO_DIR, 'sites', host))],
  });
  const url = (host: string, path: string) => server.url(host, path);
  const pages: EvalPage[] = [];
  if (wanted.includes('fixtures')) pages.push(...fixturePages(url, 'fixtures'));
  if (wanted.includes('precision')) pages.push(...fixturePages(url, 'precision'));
  if (wanted.includes('demo')) pages.push(...demoPages(url));
  if (wanted.includes('corpus')) pages.push(...corpusPages(url));

  const brandDomains = new Map(loadRegistry().map((e) => [e.id, e.domains]));
  const results: EvalResult[] = new Array(pages.length);
  const browser = opts.browser ?? 'chromium';
  // Firefox resolves only the host names it is told about (network.dns.localDomains), so it gets every page's host.
  const session = browser === 'firefox' ? await launchFirefox(server, pages.map((p) => new URL(p.url).hostname)) : await launchChromium(server);
  try {
    const probe: PageProbe = browser === 'firefox' ? await FirefoxProbe.open(session as Awaited<ReturnType<typeof launchFirefox>>) : await ExtensionProbe.open(session as Awaited<ReturnType<typeof launchChromium>>);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < pages.length) {
        const i = next++;
        const outcome = await probe.visit(pages[i].url, { settleMs: opts.settleMs });
        results[i] = judge(pages[i], outcome, brandDomains);
        if (++done % 10 === 0) log(`  ${done}/${pages.length} pages`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await probe.close();
  } finally {
    await session.close();
    await server.close();
  }

  const sets: EvalReport['sets'] = {};
  const tables: string[] = [];
  for (const name of wanted) {
    const inSet = results.filter((r) => r.page.set === name);
    const langs = [...new Set(inSet.map((r) => r.page.lang))].sort();
    const perLanguage = langs.map((l) => stats(inSet.filter((r) => r.page.lang === l), l));
    const total = stats(inSet, 'all');
    sets[name] = { perLanguage, total };
    tables.push(setTable(name, perLanguage, total));
  }

  const checks: EvalReport['checks'] = [];
  const corpus = sets.corpus?.total;
  if (corpus) {
    const share = corpus.positivesNonBorderline ? corpus.caughtNonBorderline / corpus.positivesNonBorderline : 1;
    checks.push({
      name: `corpus: ≥${TARGETS.corpusMinCaughtShare * 100}% of non-borderline ID requests caught`,
      pass: share >= TARGETS.corpusMinCaughtShare,
      detail: `${corpus.caughtNonBorderline}/${corpus.positivesNonBorderline} (${(share * 100).toFixed(1)}%)`,
    });
    checks.push({
      name: `corpus: ≤${TARGETS.corpusMaxWronglyWarned} non-borderline benign page wrongly warned`,
      pass: corpus.wronglyWarnedNonBorderline <= TARGETS.corpusMaxWronglyWarned,
      detail: `${corpus.wronglyWarnedNonBorderline}/${corpus.negativesNonBorderline}`,
    });
  }
  const precisionSet = sets.precision?.total;
  if (precisionSet) {
    checks.push({
      name: `precision fixtures: ≤${TARGETS.precisionMaxWarned} ordinary page warned`,
      pass: precisionSet.wronglyWarned <= TARGETS.precisionMaxWarned,
      detail: `${precisionSet.wronglyWarned}/${precisionSet.negatives}`,
    });
  }
  for (const name of ['fixtures', 'precision', 'demo'] as const) {
    const t = sets[name]?.total;
    if (!t) continue;
    const n = t.positives + t.negatives;
    checks.push({ name: `${name}: every expected level matched`, pass: (t.matched ?? 0) === n, detail: `${t.matched ?? 0}/${n}` });
  }
  const branded = results.filter((r) => r.page.brand);
  const brandOk = branded.filter((r) => !r.problems.some((p) => p.startsWith('banner does not link') || p.startsWith('brand ')));
  checks.push({
    name: 'demo + fixtures: every brand-impersonating scam page links to that brand’s official site',
    pass: brandOk.length === branded.length,
    detail: `${brandOk.length}/${branded.length}`,
  });
  const errors = results.filter((r) => r.outcome.error);
  checks.push({ name: 'no page failed to load or be read', pass: errors.length === 0, detail: `${errors.length} errors` });

  const missLines = results
    .filter((r) => r.problems.length)
    .map((r) => {
      const why = r.outcome.reasons.length ? r.outcome.reasons.join('; ') : r.outcome.note ? `(${r.outcome.note})` : 'no reasons';
      return `- [${r.page.set}${r.page.borderline ? ', borderline' : ''}] ${r.page.file} on ${new URL(r.page.url).hostname}: ${r.problems.join('; ')} — reasons: ${why}`;
    });
  const table = [
    ...tables,
    precisionRecallTable(results, wanted),
    markdownTable(['check', 'result', ''], checks.map((c) => [c.name, c.pass ? 'pass' : 'FAIL', c.detail])),
  ].join('\n\n');
  const report: EvalReport = {
    finishedAt: new Date().toISOString(),
    browser,
    extension: relative(ROOT, browser === 'firefox' ? FIREFOX_EXT : CHROME_EXT),
    corpusDir: haveCorpus ? CORPUS_DIR : null,
    sets,
    results,
    checks,
    pass: checks.every((c) => c.pass),
    table,
  };
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const outFile = join(OUTPUT_DIR, browser === 'firefox' ? 'eval-firefox.json' : 'eval.json');
  writeFileSync(outFile, JSON.stringify(report, null, 1));
  log(table);
  log(missLines.length ? `\nMisses and problems (${missLines.length}):\n${missLines.join('\n')}` : '\nNo misses.');
  log(`\nWrote ${relative(ROOT, outFile)} (${browser})`);
  return report;
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in README.md. */
export function updateReadmeSection(name: string, body: string): void {
  const file = join(ROOT, 'README.md');
  const text = readFileSync(file, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} section`);
  writeFileSync(file, `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`);
}

async function main() {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] as SetName) : undefined;
  const browser = args.includes('--browser') ? (args[args.indexOf('--browser') + 1] as EvalBrowser) : 'chromium';
  if (browser !== 'chromium' && browser !== 'firefox') throw new Error(`--browser must be chromium or firefox, not "${browser}"`);
  const report = await runEval({ build: !args.includes('--no-build'), sets: only ? [only] : undefined, browser });
  if (args.includes('--readme')) {
    updateReadmeSection('eval-table', `Last run: ${report.finishedAt.slice(0, 10)}, \`npm run eval\`.\n\n${report.table}`);
    console.log('Updated README.md (eval table).');
  }
  process.exit(report.pass ? 0 : 1);
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(`npm run eval: ${(e as Error)?.message ?? e}`);
    process.exit(2);
  });
}
