import { readFileSync } from 'node:fs'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { join } from 'node:path'
import { expect, test as base, type Page } from '@playwright/test'
import type { OAuthRequestCounts } from '../mocks/http-server'
import { SEED } from '../mocks/seed/ids'

export const portalOrigin = () => required('NGINX_PORTAL_ORIGIN')
export const apiOrigin = () => required('NGINX_API_ORIGIN')

/** The confidential client's set-up (e2e-nginx/confidential-setup.ts): nginx with the backend, client_secret_basic. */
export const confidentialOrigin = () => required('NGINX_CONFIDENTIAL_ORIGIN')
/** The same build and backend with client_secret_post. */
export const confidentialPostOrigin = () => required('NGINX_CONFIDENTIAL_POST_ORIGIN')
/** The same build and backend in front of a Nextoria that cannot be reached. */
export const confidentialUnreachableOrigin = () => required('NGINX_CONFIDENTIAL_UNREACHABLE_ORIGIN')
/** The fake authorization server and API that require the client secret. */
export const confidentialApiOrigin = () => required('NGINX_CONFIDENTIAL_API_ORIGIN')
/** The root holding the confidential build (`dist/`) and one nginx prefix per instance. */
export const confidentialRoot = () => required('NGINX_CONFIDENTIAL_ROOT')

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
export async function signIn(page: Page, user: keyof typeof SEED.users, api = apiOrigin()) {
  await page.context().addCookies([{ name: 'bench_user', value: SEED.users[user], url: api }])
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Sign in to your client portal' })).toBeVisible()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
}

export async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
}

/** What reached the secret-requiring fake's token and revocation endpoints (its test-only counter). */
export async function oauthRequests(): Promise<OAuthRequestCounts> {
  const response = await send(`${confidentialApiOrigin()}/_test/oauth-requests`, { method: 'GET' })
  expect(response.status).toBe(200)
  return response.json() as OAuthRequestCounts
}

export type Sent = { status: number; headers: IncomingHttpHeaders; text: string; json: () => unknown }

export type SendOptions = {
  method?: string
  headers?: Record<string, string>
  body?: string | URLSearchParams
  /** The loopback address to send from: nginx's rate limit counts per client address. */
  from?: string
}

/**
 * One HTTP request from Node, not from a browser (no Origin, no cookies), from a loopback address of
 * the caller's choice: Playwright's request context cannot pick one, and each test's requests should
 * draw on their own allowance of the backend's rate limit, not on the browser tests' (127.0.0.1).
 */
export function send(url: string, { method = 'POST', headers = {}, body, from }: SendOptions = {}): Promise<Sent> {
  const payload = body === undefined ? undefined : Buffer.from(body.toString())
  const allHeaders: Record<string, string> = {
    ...(body instanceof URLSearchParams ? { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' } : {}),
    ...(payload ? { 'Content-Length': String(payload.length) } : {}),
    ...headers,
  }
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers: allHeaders, localAddress: from }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json: () => JSON.parse(text) as unknown })
      })
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end(payload)
  })
}

/** A loopback address of its own (127.0.0.0/8 is all loopback on Linux), for a fresh rate-limit allowance. */
export function loopbackAddress(): string {
  const byte = () => 1 + Math.floor(Math.random() * 254)
  return `127.${byte()}.${byte()}.${byte()}`
}
