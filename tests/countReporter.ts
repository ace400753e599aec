import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Ends a run with one plain line, "<label>: N passed, N failed", so that CI
 * logs say how many tests of each kind really ran. A file that fails outside
 * its tests (a beforeAll that throws, an import error) and an unhandled error
 * count as failures too: their tests never ran, so "0 failed" would be a lie.
 */
export default class CountReporter implements Reporter {
  constructor(private readonly label = 'tests') {}

  onTestRunEnd(modules: readonly TestModule[], unhandledErrors: readonly SerializedError[] = []): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const m of modules) {
      let failedHere = 0;
      let notRun = 0;
      for (const test of m.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else notRun++;
      }
      const moduleFailed = m.state() === 'failed' && failedHere === 0;
      failed += failedHere + (moduleFailed ? Math.max(1, notRun) : 0);
      if (!moduleFailed) skipped += notRun;
    }
    console.log(`${this.label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
