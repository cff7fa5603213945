// Node-only: reads the registry's JSON files. Used at build time (the Vite plugin), by tests and by scripts.
// The extension itself never reads these files; it gets the compact index bundled by registry-index-plugin.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GovSuffix, RegistryEntry, UserContentHost } from '../core/registry-types';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../data');
export const REGISTRY_DIR = join(DATA_DIR, 'registry');

/** Every registry file, by name, as parsed JSON (not yet validated: tests/unit/registry.test.ts does that). */
export function readRegistryFiles(): { file: string; entries: RegistryEntry[] }[] {
  return readdirSync(REGISTRY_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, entries: JSON.parse(readFileSync(join(REGISTRY_DIR, file), 'utf8')) as RegistryEntry[] }));
}

/** Every file the compact index is built from, for the bundler's watch list. */
export function registryDataFiles(): string[] {
  const regs = readdirSync(REGISTRY_DIR).filter((f) => f.endsWith('.json')).map((f) => join(REGISTRY_DIR, f));
  return [...regs, join(DATA_DIR, 'gov-suffixes.json'), join(DATA_DIR, 'user-content-hosts.json')];
}

export function loadRegistry(): RegistryEntry[] {
  return readRegistryFiles().flatMap((f) => f.entries);
}

export function loadGovSuffixes(): GovSuffix[] {
  try {
    return JSON.parse(readFileSync(join(DATA_DIR, 'gov-suffixes.json'), 'utf8')) as GovSuffix[];
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

export function loadUserContentHosts(): UserContentHost[] {
  return JSON.parse(readFileSync(join(DATA_DIR, 'user-content-hosts.json'), 'utf8')) as UserContentHost[];
}
