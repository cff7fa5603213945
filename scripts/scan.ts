// `npm run -s scan -- --url URL --html FILE`: runs the extension's own scanner (scanPage), classifier
// (assessRequest) and judge (judgePage) in Node on a saved page, and prints ONE JSON line:
//   {"url","domain","site","level","reasons":[English],"official":{"id","name","url"}|null}
// `npm run -s scan -- --urls FILE`: one such line per URL in FILE (one per line; blank lines and # comments skipped),
// from the site verdict alone (core/judge.ts levelFromSite: official/government → official, lookalike → caution).
// Options: --locale TAG (browser UI language used to guess the region; default en-US), --strict.
// Bad input (missing or unreadable file, malformed URL, unknown option) → one line on stderr, exit code 2.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { buildRegistryIndex } from '../build/build-registry-index';
import { judgePage, levelFromSite } from '../core/judge';
import type { RegistryIndex } from '../core/registry-index';
import { useBundledCueWords } from '../scan/cue-lists';
import { assessRequest } from '../core/id-request';
import { scanPage } from '../kit/page-scan';
import { EMPTY_POLICY, type JudgePolicy } from '../core/settings-types';
import { siteVerdict } from '../core/site-verdict';
import type { RegistryLinkSet, Verdict } from '../core/types';

export interface ScanLine {
  url: string;
  domain: string;
  site: Verdict['site'];
  level: Verdict['level'];
  reasons: string[];
  official: { id: string; name: string; url: string } | null;
}

class UsageError extends Error {}

const USAGE = 'usage: scan --url URL --html FILE | --urls FILE [--locale TAG] [--strict]';

function officialRef(o: RegistryLinkSet | null): ScanLine['official'] {
  return o ? { id: o.id, name: o.names.en, url: o.website } : null;
}

/** A web page URL, or a bare host name taken as https://host/; anything else is a usage error. */
export function checkUrl(raw: string): string {
  const text = raw.trim();
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}/`;
  let u: URL;
  try {
    u = new URL(candidate);
  } catch {
    throw new UsageError(`malformed URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !u.hostname) {
    throw new UsageError(`not an http(s) URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  return u.href;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Judges a saved page as the extension would judge it at `url`. */
export function scanHtml(url: string, html: string, index: RegistryIndex, opts: { locale?: string; strict?: boolean } = {}): ScanLine {
  useBundledCueWords(); // as the page kit does when it loads
  const { document } = parseHTML(html);
  const signals = scanPage(document as unknown as Document);
  const policy: JudgePolicy = {
    trustedSites: [],
    sensitivity: opts.strict ? 'strict' : 'standard',
    managed: EMPTY_POLICY,
  };
  const request = assessRequest(signals.cues, { strict: opts.strict });
  const v = judgePage({ url, signals, index, policy, request, uiLocale: opts.locale ?? 'en-US' });
  return { url, domain: v.domain, site: v.site, level: v.level, reasons: v.reasons.map((r) => r.text.en), official: officialRef(v.official) };
}

/** The site verdict alone, as a scan line. */
export function scanUrl(url: string, index: RegistryIndex): ScanLine {
  const s = siteVerdict(url, index)!;
  const org = s.org ?? s.lookalikeOf?.entry;
  return {
    url,
    domain: s.domain,
    site: s.site,
    level: levelFromSite(s),
    reasons: s.reasons.map((r) => r.text.en),
    official: org ? { id: org.id, name: org.names.en, url: org.website } : null,
  };
}

function parseArgs(argv: string[]): { url?: string; html?: string; urls?: string; locale?: string; strict: boolean } {
  const out: { url?: string; html?: string; urls?: string; locale?: string; strict: boolean } = { strict: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value; ${USAGE}`);
      return v;
    };
    if (a === '--url') out.url = value();
    else if (a === '--html') out.html = value();
    else if (a === '--urls') out.urls = value();
    else if (a === '--locale') out.locale = value();
    else if (a === '--strict') out.strict = true;
    else throw new UsageError(`unknown argument ${JSON.stringify(a)}; ${USAGE}`);
  }
  return out;
}

export function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    if (args.urls !== undefined) {
      const lines = readText(args.urls)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
      const urls = lines.map(checkUrl); // validate every line before printing anything
      const index = buildRegistryIndex();
      process.stdout.write(urls.map((u) => JSON.stringify(scanUrl(u, index))).join('\n') + (urls.length ? '\n' : ''));
      return 0;
    }
    if (args.url === undefined || args.html === undefined) throw new UsageError(USAGE);
    const url = checkUrl(args.url);
    const html = readText(args.html);
    process.stdout.write(JSON.stringify(scanHtml(url, html, buildRegistryIndex(), args)) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`scan: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`scan: internal error: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('scripts/scan.ts')) {
  process.exitCode = main(process.argv.slice(2));
}
