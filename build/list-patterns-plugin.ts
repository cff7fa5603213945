// Vite plugin: `virtual:list-patterns`, how each shipped locale joins a list ("A, B and C", "A、B和C"), read from
// CLDR through Node's Intl.ListFormat when the extension is built. The page kit joins document names with these
// instead of calling Intl.ListFormat in the page, whose first use loads its locale data there (docs/performance.md).
import type { Plugin } from 'vite';
import { langTag, LANGS, listPatternOf, type ListPattern } from '../core/lang';
import type { Lang } from '../core/types';

const ID = 'virtual:list-patterns';

export function listPatterns(): Record<Lang, ListPattern> {
  return Object.fromEntries(LANGS.map((l) => [l, listPatternOf(langTag(l))])) as Record<Lang, ListPattern>;
}

export function listPatternsPlugin(): Plugin {
  return {
    name: 'id-guard-list-patterns',
    resolveId: (id) => (id === ID ? '\0' + ID : undefined),
    load: (id) => (id === '\0' + ID ? `export default ${JSON.stringify(listPatterns())};` : undefined),
  };
}
