// Vite plugin: `virtual:hint-words`, the first pass's words (scan/hint-words.ts), derived from data/cues when the
// extension is built (build/hint-literals.ts), so nothing generated is kept beside the word lists.
import type { Plugin } from 'vite';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { computeContactNames, computeHintGroups, CONTACT_LISTS, encodeHintGroups, HINT_LISTS } from './hint-literals';

const ID = 'virtual:hint-words';

/** The module's source: the hint groups (default export, compact) and the chat-app names. */
export function hintWordsModule(): string {
  const groups = encodeHintGroups(computeHintGroups(HINT_LISTS));
  return `export default ${JSON.stringify(groups)};\nexport const contactNames = ${JSON.stringify(computeContactNames(CONTACT_LISTS))};\n`;
}

export function hintWordsPlugin(): Plugin {
  return {
    name: 'id-guard-hint-words',
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    load(id) {
      if (id !== '\0' + ID) return undefined;
      // Read here, not at import: tests import this file in a page-like environment without a file: URL.
      const cues = fileURLToPath(new URL('../data/cues/', import.meta.url));
      for (const f of readdirSync(cues)) if (f.endsWith('.json')) this.addWatchFile(cues + f);
      return hintWordsModule();
    },
  };
}
