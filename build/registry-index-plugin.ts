// Vite plugin: the registry as virtual modules, computed when the extension is built (so pinyin and other derived
// keys cost nothing at run time and nothing is fetched from the network).
// - `virtual:registry-index`: the compact index (the judge, and the popup's search).
// - `virtual:registry-region-help`: the few entries the popup's empty-query view chooses from (core/region.ts
//   regionHelpSource), so the popup renders its first results without waiting for the whole index.
// - `virtual:han-scripts`: which Han characters only Simplified, Traditional or Japanese writes (the popup's
//   lookup reads a query's region from them; build/build-han-scripts.ts);
// - `virtual:han-scripts-compact`: the same cut to the characters of the cue lists, the registry and ID Guard's own
//   Chinese and Japanese messages (everyday words), for the judge.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { INTENTS } from '../ui/intents';
import { regionHelpSource } from '../core/region';
import { CUE_LISTS } from '../scan/cue-lists';
import { buildHanScripts, compactHanScripts } from './build-han-scripts';
import { buildRegistryIndex } from './build-registry-index';
import { registryDataFiles } from './registry-load';

const MODULES = new Map<string, () => unknown>([
  ['virtual:registry-index', buildRegistryIndex],
  ['virtual:registry-region-help', () => regionHelpSource(buildRegistryIndex().entries)],
  ['virtual:han-scripts', buildHanScripts],
  ['virtual:han-scripts-compact', () => compactHanScripts(hanVocabulary())],
]);

/** The text whose Han characters the judge's compact tables keep: the cue lists, the registry, the zh/ja messages. */
export function hanVocabulary(): string {
  const messages = ['zh_CN', 'zh_TW', 'ja'].map((l) => readFileSync(fileURLToPath(new URL(`../public/_locales/${l}/messages.json`, import.meta.url)), 'utf8'));
  return JSON.stringify(CUE_LISTS) + JSON.stringify(buildRegistryIndex()) + messages.join('');
}

export function registryIndexPlugin(): Plugin {
  return {
    name: 'id-guard-registry-index',
    resolveId: (id) => (MODULES.has(id) ? '\0' + id : undefined),
    load(id) {
      const build = id.startsWith('\0') ? MODULES.get(id.slice(1)) : undefined;
      if (!build) return undefined;
      // Watch each data file (not the folder: Vitest turns watched paths into imports, and a folder can't be one).
      for (const file of registryDataFiles()) this.addWatchFile(file);
      return `export default ${JSON.stringify(build())};`;
    },
  };
}
