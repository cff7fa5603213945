// Vite plugin: `virtual:popular-domains`, the well-known registrable domains the judge lets off with the badge
// alone when the only cue is an ID number the person typed (booking a train, a flight or a hotel takes one).
// Read at build time from the reference popularity list beside the repository (../shared/data/popular-domains.txt:
// the 5,000 most popular registrable domains of the top-sites ranking `top-1m.csv` in the public GitHub repository
// kmikholap/dns-gen, commit e0f1c715, February 2025; its README in ../shared/data gives the source). That repository
// carries no licence, and the list's README asks that it not be copied into the project, so it is not bundled here:
// a build without the file stops with an error instead of quietly shipping without the well-known-site rule.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:popular-domains';
export const POPULAR_DOMAINS_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../shared/data/popular-domains.txt');

/** The list's registrable domains, lower-case ASCII, one per line, most popular first. Throws when the file is missing or empty. */
export function readPopularDomains(file = POPULAR_DOMAINS_FILE): string[] {
  if (!existsSync(file)) {
    throw new Error(
      `${file} not found: the popularity list (../shared/data/popular-domains.txt beside the repository) is needed to ` +
        'build the "well-known site" rule for typed ID numbers and to run the verdict bench',
    );
  }
  const domains = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim().toLowerCase())
    .filter((l) => /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(l));
  if (!domains.length) throw new Error(`${file} holds no domain names`);
  return domains;
}

export function popularDomainsPlugin(file = POPULAR_DOMAINS_FILE): Plugin {
  return {
    name: 'id-guard-popular-domains',
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    load(id) {
      if (id !== '\0' + ID) return undefined;
      let domains: string[];
      try {
        domains = readPopularDomains(file);
      } catch (e) {
        this.error((e as Error).message);
      }
      this.addWatchFile(file);
      return `export default ${JSON.stringify(domains.join(' '))};`;
    },
  };
}
