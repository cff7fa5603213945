// Vite plugin: `import registryIndex from 'virtual:registry-index'` gives the compact index, computed when the
// extension is built (so pinyin and other derived keys cost nothing at run time and the page never downloads it).
import type { Plugin } from 'vite';
import { buildRegistryIndex } from './build-registry-index';
import { registryDataFiles } from './registry-load';

const ID = 'virtual:registry-index';
const RESOLVED = '\0' + ID;

export function registryIndexPlugin(): Plugin {
  return {
    name: 'id-guard-registry-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      // Watch each data file (not the folder: Vitest turns watched paths into imports, and a folder can't be one).
      for (const file of registryDataFiles()) this.addWatchFile(file);
      return `export default ${JSON.stringify(buildRegistryIndex())};`;
    },
  };
}
