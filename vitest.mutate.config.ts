// The tests Stryker runs against each mutant (npm run mutate): the rule-level unit tests of
// tests/extract, which run in seconds from the sources (no build, no workers, no browser).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/extract/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
