// Vite plugin: `virtual:popular-domains`, the well-known registrable domains the judge lets off with the badge
// alone when the only cue is an ID number the person typed (booking a train, a flight or a hotel takes one).
// Read at build time from the reference popularity list beside the repository (../shared/data/popular-domains.txt,
// the 5,000 most popular registrable domains of a public top-sites ranking; its README gives the source). A build
// without that file gets an empty list, and says so: such pages then get the usual caution bar.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:popular-domains';
export const POPULAR_DOMAINS_FILE = fileURLToPath(new URL('../../shared/data/popular-domains.txt', import.meta.url));

/** The list's registrable domains, lower-case ASCII, one per line; [] when the file is not there. */
export function readPopularDomains(file = POPULAR_DOMAINS_FILE): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(l));
}

export function popularDomainsPlugin(): Plugin {
  return {
    name: 'id-guard-popular-domains',
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    load(id) {
      if (id !== '\0' + ID) return undefined;
      const domains = readPopularDomains();
      if (domains.length) this.addWatchFile(POPULAR_DOMAINS_FILE);
      else this.warn(`${POPULAR_DOMAINS_FILE} not found: no well-known sites for typed ID numbers`);
      return `export default ${JSON.stringify(domains.join(' '))};`;
    },
  };
}
