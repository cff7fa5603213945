// Meta-test: every registry category and region has a popup label in every UI language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../build/registry-load';
import { BROWSE_GROUPS } from '../../ui/lookup';
import { BROWSE_GROUP_LABELS, CATEGORY_LABELS, LEVEL_TITLES, REGION_LABELS, T } from '../../ui/popup/popup-text';

/** The Category union as written in core/registry-types.ts (the type alone is gone at run time). */
function categoriesInSource(): string[] {
  const src = readFileSync(join(__dirname, '../../core/registry-types.ts'), 'utf8');
  const block = src.match(/export type Category =([^;]+);/)?.[1] ?? '';
  return [...block.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
}

const LANGS = ['en', 'zh_CN', 'zh_TW'] as const;
const filled = (text: Record<string, string>) => LANGS.every((l) => typeof text[l] === 'string' && text[l]!.trim().length > 0);

describe('popup labels', () => {
  it('every category in core/registry-types.ts has a label in every language, and no stale ones', () => {
    const cats = categoriesInSource();
    expect(cats.length).toBeGreaterThan(5);
    expect(Object.keys(CATEGORY_LABELS).sort()).toEqual([...cats].sort());
    for (const c of cats) expect(filled(CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS]), c).toBe(true);
  });

  it('every region in the registry has a label in every language', () => {
    const regions = [...new Set(loadRegistry().map((e) => e.region))];
    for (const r of regions) {
      expect(REGION_LABELS[r], r).toBeDefined();
      expect(filled(REGION_LABELS[r]!), r).toBe(true);
    }
  });

  it('browse groups, levels and UI strings are translated', () => {
    for (const g of BROWSE_GROUPS) expect(filled(BROWSE_GROUP_LABELS[g.id]), g.id).toBe(true);
    for (const t of Object.values(LEVEL_TITLES)) expect(filled(t)).toBe(true);
    for (const [k, t] of Object.entries(T)) expect(filled(t), k).toBe(true);
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
