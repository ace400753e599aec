import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends a run with one plain line, "<label>: N passed, N failed", so that CI
 * logs say how many tests of each kind really ran.
 */
export default class CountReporter implements Reporter {
  constructor(private readonly label = 'tests') {}

  onTestRunEnd(modules: readonly TestModule[]): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const test of m.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    console.log(`${this.label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
