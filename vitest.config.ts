import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { registryIndexPlugin } from './build/registry-index-plugin';
import { popularDomainsPlugin } from './build/popular-domains-plugin';
import { hintWordsPlugin } from './build/hint-words-plugin';
import { listPatternsPlugin } from './build/list-patterns-plugin';

// Unit tests: pure logic and components, with WXT's fake browser. End-to-end tests (*.e2e.ts) have their own config.
export default defineConfig({
  plugins: [WxtVitest(), registryIndexPlugin(), popularDomainsPlugin(), hintWordsPlugin(), listPatternsPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
