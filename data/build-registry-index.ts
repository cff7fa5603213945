// Build-time: turns the registry JSON into the compact RegistryIndex bundled into the extension.
import type { IndexEntry, RegistryIndex } from '../lib/registry-index';
import { loadGovSuffixes, loadRegistry } from './registry-load';

export function buildRegistryIndex(): RegistryIndex {
  const entries: IndexEntry[] = loadRegistry().map((e) => ({
    id: e.id,
    names: e.names,
    aliases: e.aliases,
    category: e.category,
    region: e.region,
    domains: e.domains,
    website: e.website,
    realName: e.realName,
    apps: e.apps,
    hotlines: e.hotlines ?? [],
    report: e.report,
  }));
  const govSuffixes = loadGovSuffixes()
    .map(({ suffix, region }) => ({ suffix, region }))
    .sort((a, b) => b.suffix.split('.').length - a.suffix.split('.').length);
  const searchKeys = entries.map((e) =>
    [e.names.zh_CN, e.names.zh_TW, e.names.en, ...e.aliases, ...e.domains, ...e.hotlines].map((k) => k.toLowerCase()),
  );
  return { entries, govSuffixes, searchKeys };
}
