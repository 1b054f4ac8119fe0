/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import { lingui } from '@lingui/vite-plugin'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'
import { APP_MODULE, FIRST_LOAD_MODULES, firstLoadChunks, preloadChunks, SIGNED_IN_FIRST_ROUTES } from './build/first-load.ts'
import { linguiMacro } from './build/lingui-macro.ts'
import { reactRouterProductionAliases } from './build/react-router-production.ts'
import { securityHeadersPlugin } from './build/security-headers.ts'
import { shellTranslations } from './build/shell-translations.ts'
import { mockServiceWorker } from './mocks/vite-mock-worker.ts'

/** The vitest project `logic`: files that may share a worker (see it below). */
const SHARED_WORKER_TESTS = [
  'src/lib/{format,color,i18n}/*.test.ts',
  'src/features/*/utils/*.test.ts',
  'src/theme-contrast.test.ts',
  'mocks/*.test.ts',
  'mocks/{handlers,seed,contract,oauth,checkout}/*.test.ts',
  'mocks/scenarios/{contract-exemption,scenario-choice}.test.ts',
]

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const mocking = env.VITE_API_MOCKING === 'on'
  return {
    plugins: [
      // Messages: the macros compiled to ids (build/lingui-macro.ts), and each `.po` catalog imported compiled.
      linguiMacro(),
      react(),
      lingui(),
      // The static shell's words in each language, before any JavaScript.
      shellTranslations(),
      mockServiceWorker(mocking),
      // A small entry that runs early, and the chunks a first load needs requested with it.
      firstLoadChunks({ app: APP_MODULE, routes: SIGNED_IN_FIRST_ROUTES }),
      preloadChunks(FIRST_LOAD_MODULES),
      // The CSP is for what clients get; the fake API's service worker could not run under it.
      ...(mocking ? [] : [securityHeadersPlugin()]),
    ],
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        ...(command === 'build' ? reactRouterProductionAliases() : []),
      ],
    },
    // A build on the fake API (browser tests) also carries the fake sign-in and checkout pages.
    build:
      mocking
        ? { rollupOptions: { input: ['index.html', 'mocks/oauth/authorize.html', 'mocks/checkout/checkout.html'] } }
        : {},
    test: {
      globals: true,
      restoreMocks: true,
      // One test file per core: left alone, vitest ran one at a time here, and the suite took 7 minutes of CI's 15.
      maxWorkers: 2,
      // Under a full run's load a test that types into a form took 5 s (1.4 s alone): the default
      // 5 s limit then fails a test for the machine, not for the code.
      testTimeout: 15_000,
      // West of UTC, where a calendar date parsed as local midnight would show the day before.
      env: { TZ: 'America/Los_Angeles' },
      projects: [
        {
          extends: true,
          test: {
            name: 'app',
            environment: 'jsdom',
            setupFiles: ['./src/test/setup.ts'],
            include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
            exclude: ['src/test/production-build.test.ts', ...SHARED_WORKER_TESTS],
          },
        },
        {
          // Tests of pure logic and of the fake API's rules: no component, no module mocked, no listener
          // on the window. Each file paid 2–3 s for a fresh worker, jsdom and setup, far more than its
          // tests take; here a worker runs file after file. Isolation is still what the rest needs:
          // without it, files that mock modules or whose modules listen on the window failed.
          extends: true,
          test: {
            name: 'logic',
            environment: 'jsdom',
            setupFiles: ['./src/test/setup.ts'],
            include: SHARED_WORKER_TESTS,
            isolate: false,
          },
        },
        {
          // Every page again, with the fake API doing more than its docs promise (mocks/scenarios/api-extensions.ts).
          extends: true,
          test: {
            name: 'app-extensions',
            environment: 'jsdom',
            setupFiles: ['./src/test/setup.ts', './src/test/with-api-extensions.ts'],
            // Every page's integration tests, and the pages under hostile accounts and data; sign-in and
            // the session do not depend on what the API's lists do, so they run once.
            include: [
              'src/app/routes/*.test.tsx',
              'src/app/account-scenarios.test.tsx',
              'src/app/network-faults.test.tsx',
              'src/app/broken-responses.test.tsx',
              'src/app/untrusted-values.test.tsx',
            ],
          },
        },
        {
          // Builds the real bundle: plain Node, no DOM, none of the app's test setup.
          extends: true,
          test: { name: 'build', environment: 'node', include: ['src/test/production-build.test.ts', 'build/*.test.ts'] },
        },
      ],
    },
  }
})
