// Prints how many end-to-end tests really ran (passed / failed / skipped) in each browser, so a run that
// silently skipped a browser is visible. Tests are attributed by their describe block: "chromium" / "firefox".
import type { Reporter, TestModule } from 'vitest/node';

export default class BrowserCountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const counts: Record<string, { passed: number; failed: number; skipped: number }> = {};
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const name = test.fullName.toLowerCase();
        const browser = name.includes('firefox') ? 'firefox' : name.includes('chromium') ? 'chromium' : 'other';
        const c = (counts[browser] ??= { passed: 0, failed: 0, skipped: 0 });
        const state = test.result().state;
        if (state === 'passed') c.passed++;
        else if (state === 'failed') c.failed++;
        else c.skipped++;
      }
    }
    console.log('\nEnd-to-end tests per browser:');
    for (const [browser, c] of Object.entries(counts)) {
      console.log(`  ${browser.padEnd(9)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    }
  }
}
