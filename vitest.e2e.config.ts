import { defineConfig } from 'vitest/config';
import CountReporter from './tests/countReporter.ts';

/** End-to-end tests: the built extension in Debian's Chromium, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A cold extension page on a busy 2-core machine can take seconds to show its first rows.
    expect: { poll: { timeout: 15_000 } },
    setupFiles: ['./tests/setup.ts'],
    reporters: ['default', new CountReporter('e2e')],
  },
});
