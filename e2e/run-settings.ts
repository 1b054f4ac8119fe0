import type { PlaywrightTestConfig } from '@playwright/test'

/** How every browser-test run goes: one worker (2 cores), no retries, and a focused test fails CI. */
export const runSettings = {
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
} satisfies PlaywrightTestConfig
