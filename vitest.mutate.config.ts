// The tests Stryker runs against each mutant (npm run mutate): the rule-level unit tests
// (extract, lexicon, segment) and the seeds' golden files, which run in seconds from the
// sources (no build, no workers, no browser). The 213 corpus snapshots are left out: they
// would kill more mutants but take minutes per mutant.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/extract/**/*.test.ts', 'tests/lexicon/**/*.test.ts', 'tests/segment/**/*.test.ts', 'tests/golden.test.ts'],
    testTimeout: 30_000,
    pool: 'threads',
  },
});
