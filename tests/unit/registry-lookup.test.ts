// The popup finds issue 17's new organisations by their names in local script and in English (the ranking is
// ui/lookup.ts; this checks that the registry data carries the names people type).
import { describe, expect, it } from 'vitest';
import { buildRegistryIndex } from '../../build/build-registry-index';
import { searchRegistry } from '../../ui/lookup';

const index = buildRegistryIndex();

describe('the popup finds the new organisations by name', () => {
  it.each([
    ['八达通', 'US', 'hk-octopus'],
    ['八達通', 'HK', 'hk-octopus'],
    ['Octopus', 'HK', 'hk-octopus'],
    ['悠遊卡', 'US', 'tw-easycard'],
    ['EasyCard', 'TW', 'tw-easycard'],
    ['澳門通', 'US', 'mo-macau-pass'],
    ['羊城通', 'US', 'cn-yangchengtong'],
    ['Telkomsel', 'US', 'id-telkomsel'],
    ['Viettel', 'US', 'vn-viettel'],
    ['AIS', 'TH', 'th-ais'],
    ['Globe', 'PH', 'ph-globe'],
    ['PhilSys', 'US', 'ph-philsys'],
    ['VNeID', 'US', 'vn-vneid'],
    ['Touch n Go', 'MY', 'my-touch-n-go'],
    ['Cadastro Pré', 'BR', 'br-cadastro-pre'],
    ['マイナポータル', 'US', 'jp-digital-agency'],
  ])('%s (browser region %s) → %s first', (query, region, id) => {
    expect(searchRegistry(query, index, { lang: 'en', region })[0]?.entry.id).toBe(id);
  });
});
