import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/*
 * The tests `npm run test:mutation` (stryker.config.js) runs against each mutant: the unit tests of
 * src/lib and of the features' pure logic, in the `app` project's environment (jsdom, the same time
 * zone), without the page-by-page integration tests, which would make every mutant slow to judge.
 * They are the same files `npm run test:unit` runs, in the `app` project.
 *
 * Only the tests that talk to the fake API get the app's test setup (src/test/setup.ts: msw, the
 * seeded db, the contract watch, a fresh session and storage for each test); it costs about a second
 * for each test file and each mutant, and the pure tests need none of it.
 */
const FAKE_API_TESTS = [
  'src/lib/api/client.test.ts',
  'src/lib/api/money-guards.test.ts',
  'src/lib/auth/oauth-client.test.ts',
  'src/lib/auth/session.test.ts',
  'src/lib/auth/sign-in-flow.test.ts',
  'src/lib/auth/silent-reauthorization.test.ts',
]

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    globals: true,
    restoreMocks: true,
    // The runner's workers cannot change the process's time zone once it has started: `npm run test:mutation`
    // sets the same TZ when it starts Stryker, and this keeps a direct run honest about which one it wants.
    env: { TZ: 'America/Los_Angeles' },
    environment: 'jsdom',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/lib/**/*.test.ts', 'src/features/*/utils/*.test.ts'],
          exclude: FAKE_API_TESTS,
        },
      },
      {
        extends: true,
        test: { name: 'fake-api', setupFiles: ['./src/test/setup.ts'], include: FAKE_API_TESTS },
      },
    ],
  },
})
