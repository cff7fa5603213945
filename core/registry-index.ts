// The compact registry the extension ships: what the judge and the popup need, nothing more
// (no sources, no notes). Built at build time by build/build-registry-index.ts.
import type { Category, GovSuffix, RegistryApp, UserContentHost } from './registry-types';
import type { LocalText } from './types';

export interface IndexEntry {
  id: string;
  names: LocalText;
  aliases: string[];
  category: Category;
  region: string;
  domains: string[];
  /** Hosts that scope official status on a shared domain (RegistryEntry.hosts). */
  hosts?: string[];
  website: string;
  realName?: string;
  apps?: RegistryApp[];
  hotlines: string[];
  report?: string;
}

export interface RegistryIndex {
  entries: IndexEntry[];
  /** Government-only suffixes, most specific first. */
  govSuffixes: Pick<GovSuffix, 'suffix' | 'region'>[];
  /** Hosts where anyone can publish: never official (data/user-content-hosts.json). */
  userContent: Pick<UserContentHost, 'host' | 'kind' | 'subdomains'>[];
  /** Search keys per entry (same order as `entries`): names, aliases, pinyin, domains, hotlines — lowercased. */
  searchKeys: string[][];
}
