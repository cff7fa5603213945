// Meta-test: every registry category and region has a popup label (a message) in every UI language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../build/registry-load';
import { BROWSE_GROUPS } from '../../ui/lookup';
import { BROWSE_GROUP_KEYS, CATEGORY_KEYS, LEVEL_KEYS } from '../../ui/popup/popup-text';
import { REGION_KEYS } from '../../core/lang';
import { LANGS } from '../../core/lang';
import { readMessages } from '../../scripts/locale-messages';

/** The Category union as written in core/registry-types.ts (the type alone is gone at run time). */
function categoriesInSource(): string[] {
  const src = readFileSync(join(__dirname, '../../core/registry-types.ts'), 'utf8');
  const block = src.match(/export type Category =([^;]+);/)?.[1] ?? '';
  return [...block.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
}

/** The message exists, with words, in every locale (tests/unit/locales.test.ts checks the translations themselves). */
const filled = (key: string | undefined) => !!key && LANGS.every((l) => (readMessages(l)[key]?.message.trim().length ?? 0) > 0);

describe('popup labels', () => {
  it('every category in core/registry-types.ts has a label in every language, and no stale ones', () => {
    const cats = categoriesInSource();
    expect(cats.length).toBeGreaterThan(5);
    expect(Object.keys(CATEGORY_KEYS).sort()).toEqual([...cats].sort());
    for (const c of cats) expect(filled(CATEGORY_KEYS[c as keyof typeof CATEGORY_KEYS]), c).toBe(true);
  });

  it('every region in the registry has a label in every language', () => {
    const regions = [...new Set(loadRegistry().map((e) => e.region))];
    for (const r of regions) {
      expect(filled(REGION_KEYS[r]), r).toBe(true);
    }
  });

  it('browse groups and levels are translated', () => {
    for (const g of BROWSE_GROUPS) expect(filled(BROWSE_GROUP_KEYS[g.id]), g.id).toBe(true);
    for (const k of Object.values(LEVEL_KEYS)) expect(filled(k), k).toBe(true);
  });

  it('every browse group with issuer categories has entries in the registry (membership and campus cards have none)', () => {
    const cats = new Set<string>(loadRegistry().map((e) => e.category));
    for (const g of BROWSE_GROUPS) {
      const categories: readonly string[] = g.categories;
      if (g.id === 'membership' || g.id === 'campus') expect(categories, g.id).toEqual([]);
      else expect(categories.some((c) => cats.has(c)), g.id).toBe(true);
    }
  });
});
