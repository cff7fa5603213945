import { defineConfig } from 'vitest/config';

// End-to-end tests drive the BUILT extension (npm run build first) in real Chromium and Firefox ESR.
// Browsers are heavy on a 2-core machine: run files one at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/e2e/browser-count-reporter.ts', ['json', { outputFile: 'test-results/e2e.json' }]],
  },
});
