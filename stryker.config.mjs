// Mutation testing, one module at a time (slow; not in CI):
//   npm run mutate -- src/extract/deadline/within.ts
// Each mutant of the module is run against tests/extract (vitest.mutate.config.ts); a mutant no
// test kills is a rule change the tests would let through. Reports go to reports/mutation/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  disableTypeChecks: false,
  // The sandbox copy needs the sources and tests; not the bench output, reports or the browser artefacts.
  ignorePatterns: ['dist', 'reports', 'test-artifacts', '.bench', 'coverage'],
};
