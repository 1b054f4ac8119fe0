/*
 * `npm run test:mutation`: StrykerJS mutates the portal's pure logic and runs the unit tests against
 * each mutant (vitest.mutation.config.ts); a mutant no test notices is a test that is missing.
 * Incremental: reports/stryker-incremental.json remembers every verdict, so a re-run tests only the
 * mutants in code or tests that changed since. Below 85 % the command fails.
 */

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // The vitest runner always measures coverage per test, so each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/lib/**/*.ts',
    'src/features/*/utils/*.ts',
    '!**/*.test.ts',
    // Generated from openapi.yaml (npm run api:types), and types only.
    '!src/lib/api/schema.d.ts',
    // Type aliases only: nothing runs, nothing to mutate.
    '!src/lib/api/types.ts',
    // The build's environment with its defaults: under test only the defaults are seen, so a test
    // could only restate them. The CSP's build test checks the same defaults (build/security-build.test.ts).
    '!src/lib/config.ts',
    // One line, window.location.assign, which jsdom cannot perform: the tests replace this module.
    '!src/lib/browser/go-to.ts',
  ],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  concurrency: 2,
  // What the tests never read: not copied into each sandbox.
  ignorePatterns: ['/dist', '/dist-e2e', '/test-results', '/playwright-report', '/bench', '/e2e', '/e2e-nginx', '/deploy', '/coverage'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
