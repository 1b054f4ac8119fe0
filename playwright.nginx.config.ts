import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { chromium } from './e2e/chromium'
import { runSettings } from './e2e/run-settings'

/*
 * The production build behind a real nginx with deploy/nginx.conf and the generated security headers,
 * on the fake API over HTTP (`npm run test:nginx`). No dev server: the global setup builds dist/ with
 * mocking off and starts the fake API and nginx on 127.0.0.1; the tests read their origins from it.
 * Beside it, the confidential client (confidential-*.spec.ts): a second build behind nginx with
 * deploy/nginx-confidential.conf and the token-mediating backend, on a fake that requires the secret.
 */
export default defineConfig({
  testDir: 'e2e-nginx',
  globalSetup: './e2e-nginx/global-setup.ts',
  ...runSettings,
  // One at a time: the tests read one nginx's logs, and a report another test planted would count as this one's.
  workers: 1,
  outputDir: join(tmpdir(), 'nextoria-portal-nginx-results'),
  use: { trace: 'retain-on-failure' },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } }],
})
