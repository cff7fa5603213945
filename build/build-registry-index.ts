// Build-time: turns the registry JSON into the compact RegistryIndex bundled into the extension.
import type { IndexEntry, RegistryIndex } from '../core/registry-index';
import { pinyin } from 'pinyin-pro';
import { normalizeText, type SearchIndex } from '../ui/lookup';
import { INTENTS } from '../ui/intents';
import { buildHanScripts } from './build-han-scripts';
import { loadGovSuffixes, loadRegistry, loadUserContentHosts } from './registry-load';

export function buildRegistryIndex(): RegistryIndex {
  const entries: IndexEntry[] = loadRegistry().map((e) => ({
    id: e.id,
    names: e.names,
    aliases: e.aliases,
    category: e.category,
    region: e.region,
    domains: e.domains,
    ...(e.hosts ? { hosts: e.hosts } : {}),
    website: e.website,
    realName: e.realName,
    apps: e.apps,
    hotlines: e.hotlines ?? [],
    report: e.report,
  }));
  const govSuffixes = loadGovSuffixes()
    .map(({ suffix, region }) => ({ suffix, region }))
    .sort((a, b) => b.suffix.split('.').length - a.suffix.split('.').length);
  const userContent = loadUserContentHosts().map(({ host, kind, subdomains }) => ({ host, kind, ...(subdomains ? { subdomains } : {}) }));
  const searchKeys = entries.map(searchKeysOf);
  return { entries, govSuffixes, userContent, searchKeys };
}

/** The index as the popup searches it (ui/popup/popup-registry.ts): with the intents and the Han script tables. */
export function buildSearchIndex(): SearchIndex {
  return { ...buildRegistryIndex(), intents: INTENTS, hanScripts: buildHanScripts() };
}

const HAN = /\p{Script=Han}/u;

/**
 * What the popup's lookup matches an entry by: names, aliases, app names, domains, hotlines, and the pinyin
 * (full and initials) of every Chinese name and alias. Pinyin is computed here, at build time, so pinyin-pro
 * (300 kB of dictionary) never ships in the extension. Normalised like a query (ui/lookup.ts normalizeText).
 */
export function searchKeysOf(e: IndexEntry): string[] {
  const texts = [e.names.zh_CN, e.names.zh_TW, e.names.en, ...e.aliases, ...(e.apps ?? []).map((a) => a.name)];
  const pinyinKeys = texts.filter((t) => HAN.test(t)).flatMap((t) => {
    const full = pinyin(t, { toneType: 'none', type: 'array', nonZh: 'removed', v: true });
    const initials = pinyin(t, { toneType: 'none', type: 'array', nonZh: 'removed', pattern: 'first' });
    // Latin letters and digits kept beside the Han ones ("一证通查2.0") would not be typed in pinyin; dropped.
    return [full.join(''), initials.join('')];
  });
  const keys = [...texts, ...e.domains, ...e.hotlines, ...pinyinKeys].map(normalizeText).filter((k) => k.length > 0);
  return [...new Set(keys)];
}
