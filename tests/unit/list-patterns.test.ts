// The page kit joins document names with CLDR patterns read at build time (build/list-patterns-plugin.ts), not
// with Intl.ListFormat in the page: the joined text must be exactly what Intl.ListFormat says, in every locale.
import { describe, expect, it } from 'vitest';
import patterns from 'virtual:list-patterns';
import { DOC_KEYS, docList, joinList, langTag, LANGS, listPatternOf } from '../../core/lang';
import type { IdDocument } from '../../core/types';
import { messagesFor } from '../../scripts/locale-messages';

const DOCS = Object.keys(DOC_KEYS) as IdDocument[];

describe('list patterns', () => {
  it.each(LANGS)('%s: every one to four of its document names joined as Intl.ListFormat joins them', (lang) => {
    const i18n = messagesFor(lang);
    const viaPattern = { ...i18n, list: (names: string[]) => joinList(names, patterns[lang]) };
    const format = new Intl.ListFormat(langTag(lang), { type: 'conjunction' });
    for (let n = 1; n <= 4; n++) {
      for (let at = 0; at < DOCS.length; at++) {
        const docs = Array.from({ length: n }, (_, i) => DOCS[(at + i * 2) % DOCS.length]);
        expect(docList(docs, viaPattern)).toBe(format.format(docs.map((d) => i18n.t(DOC_KEYS[d]))));
        expect(docList(docs, viaPattern)).toBe(docList(docs, i18n));
      }
    }
  });

  it('joins none and one name without separators', () => {
    expect(joinList([], patterns.en)).toBe('');
    expect(joinList(['passport'], patterns.en)).toBe('passport');
    expect(joinList(['A', 'B', 'C'], patterns.zh_CN)).toBe('A、B和C');
  });

  it('a pattern cannot follow the words (Spanish "y" becomes "e" before "i"): the real names above are checked', () => {
    expect(joinList(['A', 'B'], patterns.es)).toBe('A y B');
    expect(new Intl.ListFormat('es', { type: 'conjunction' }).format(['A', 'identidad'])).toBe('A e identidad');
  });
});
