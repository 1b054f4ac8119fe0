import { defineConfig, devices } from '@playwright/test'
import { chromium } from './e2e/chromium'
import { runSettings } from './e2e/run-settings'
import type { ApiFlavour } from './e2e/test'

// E2E_PORT lets two runs share a machine.
const PORT = Number(process.env.E2E_PORT ?? 4174)

/*
 * Real-browser tests run the production bundle built on the fake API (`--mode e2e`, see .env.e2e):
 * the same handlers and fake sign-in and checkout pages as `npm run dev`, without the dev server's
 * per-module loading, so a journey takes seconds.
 */
export default defineConfig<{ apiFlavour: ApiFlavour }>({
  testDir: 'e2e',
  ...runSettings,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    // A 375 px phone: the same journeys must work there.
    {
      name: 'phone',
      // Keyboard-only stays a desktop concern; the 320 px check, the header's widths and the exports' phone
      // check set their own viewports; the exports' downloads, printed paper and the session's sign-in,
      // refresh and re-authorization are the same code on a phone (and minutes of CI).
      testIgnore: /keyboard|narrow|header|exports|print|session|silent-reauth/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 375, height: 812 },
        isMobile: true,
        hasTouch: true,
        launchOptions: chromium,
      },
    },
    // The journeys again, with the fake API doing more than its docs promise: both must work.
    {
      name: 'desktop-extensions',
      testMatch: /(portal|keyboard)\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions: chromium, apiFlavour: 'extensions' },
    },
  ],
  webServer: {
    command: `npx vite build --mode e2e --outDir dist-e2e --logLevel warn && npx vite preview --mode e2e --outDir dist-e2e --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
