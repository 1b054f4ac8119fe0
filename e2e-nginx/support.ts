import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test as base, type Page } from '@playwright/test'
import { SEED } from '../mocks/seed/ids'

export const portalOrigin = () => required('NGINX_PORTAL_ORIGIN')
export const apiOrigin = () => required('NGINX_API_ORIGIN')

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is unset: run these tests with -c playwright.nginx.config.ts`)
  return value
}

/** The lines of nginx's log of CSP reports (`location = /csp-report` in deploy/nginx.conf). */
export function cspReports(): string[] {
  const log = join(required('NGINX_PREFIX'), 'logs', 'csp-report.log')
  return readFileSync(log, { encoding: 'utf8', flag: 'a+' }).split('\n').filter(Boolean)
}

export type Violation = { directive: string; blocked: string; source: string; policy: string; disposition: string }

type Fixtures = {
  /** Every CSP violation in any document of the page, as the browser reports it to the page. */
  violations: Violation[]
  /** Console messages about CSP or Permissions-Policy (parse errors, ignored directives, refusals). */
  policyMessages: string[]
}

/**
 * A `securitypolicyviolation` listener in every document (added before any of the page's scripts run)
 * hands each violation to the test at once, so none is lost when a navigation replaces the document.
 */
export const test = base.extend<Fixtures>({
  // Read when a test starts: the origin exists only once the global setup has started nginx.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  baseURL: async ({}, use) => use(portalOrigin()),
  violations: async ({ page }, use) => {
    const violations: Violation[] = []
    await page.exposeFunction('__reportCspViolation', (violation: Violation) => void violations.push(violation))
    await page.addInitScript(() => {
      const report = (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation
      document.addEventListener('securitypolicyviolation', (event) => {
        report({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: `${event.sourceFile}:${event.lineNumber}`,
          policy: event.originalPolicy,
          disposition: event.disposition,
        })
      })
    })
    await use(violations)
  },
  policyMessages: async ({ page }, use) => {
    const messages: string[] = []
    page.on('console', (message) => {
      if (/content security policy|permissions-policy|trusted ?(type|script|html)/i.test(message.text())) messages.push(message.text())
    })
    page.on('pageerror', (error) => messages.push(`page error: ${error.message}`))
    await use(messages)
  },
})

export { expect }

/** Agency logos come from the real asset host; here the fake API serves them, behind the same URL. */
export async function serveLogos(page: Page) {
  await page.route('https://assets.nextoriahub.com/**', async (route) => {
    const { pathname } = new URL(route.request().url())
    await route.fulfill({ response: await route.fetch({ url: `${apiOrigin()}/_assets${pathname}` }) })
  })
}

/** Signs in through the fake API's auto-approving authorization endpoint, as the seeded `user`. */
export async function signIn(page: Page, user: keyof typeof SEED.users) {
  await page.context().addCookies([{ name: 'bench_user', value: SEED.users[user], url: apiOrigin() }])
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Sign in to your client portal' })).toBeVisible()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
}

export async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
}
