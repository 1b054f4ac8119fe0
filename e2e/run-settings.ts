import type { PlaywrightTestConfig } from '@playwright/test'

/**
 * How every browser-test run goes: two workers, one per core (each a spec file at a time, its tests in
 * order), no retries, and a focused test fails CI. One worker took the run past CI's time budget.
 */
export const runSettings = {
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
} satisfies PlaywrightTestConfig
