import { expect, test, type Page } from '@playwright/test'
import { CLIENTS, settled, signIn } from './support'

const PAGE = '/invoices?status=paid'
const SIGN_IN_HEADING = { name: 'Sign in to your client portal' }
const SERVER_STATE_KEY = 'nextoria.mock-server.v1'

type HoldFlags = { __holdRefreshAnswers?: boolean; __refreshAnswerHeld?: boolean }

/**
 * Once armed in a page, the app never receives the answer to its refresh: the fake server has rotated
 * the refresh token (and kept that), as a real server would have, but the answer stays in flight.
 * `page.route` cannot do it: in a mock build the service worker answers the token endpoint, not the
 * network. A reload then leaves the tab holding the refresh token the server has already used.
 */
async function holdRefreshAnswersWhenArmed(page: Page) {
  await page.addInitScript(() => {
    const flags = window as unknown as HoldFlags
    const send = window.fetch.bind(window)
    window.fetch = async (input, init) => {
      const response = await send(input, init)
      const form = init?.body instanceof URLSearchParams ? init.body : null
      if (!flags.__holdRefreshAnswers || form?.get('grant_type') !== 'refresh_token') return response
      flags.__refreshAnswerHeld = true
      return new Promise<Response>(() => undefined)
    }
  })
}

/** Every address the tab's main frame shows, document loads and the router's own navigations alike. */
function recordAddresses(page: Page): URL[] {
  const seen: URL[] = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push(new URL(frame.url()))
  })
  return seen
}

const serverState = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), SERVER_STATE_KEY)

/**
 * Signed in with 2-second access tokens, on PAGE; then a refresh leaves, the fake server answers it
 * (rotating the refresh token), and the answer is held back. Resolves once the rotation is stored.
 */
async function refreshInFlightOnPage(page: Page) {
  await holdRefreshAnswersWhenArmed(page)
  await signIn(page, CLIENTS.ordinary, { ttlSeconds: 2 })
  await page.goto(PAGE)
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible()
  await settled(page)

  await page.waitForTimeout(2_000) // past the access token's refresh time
  const before = await serverState(page)
  await page.evaluate(() => ((window as unknown as HoldFlags).__holdRefreshAnswers = true))
  // Focusing an invoice link prefetches it: a request, which asks for a fresh token first.
  await page.getByRole('table').getByRole('link').first().focus()
  await page.waitForFunction(() => (window as unknown as HoldFlags).__refreshAnswerHeld === true)
  await expect.poll(() => serverState(page)).not.toBe(before)
}

const pathAndQuery = (url: URL) => url.pathname + url.search

test('a reload while a refresh is in flight comes back to the same page and query, signed in', async ({ page, context }) => {
  await refreshInFlightOnPage(page)
  const cookies = await context.cookies()
  expect(cookies.find((c) => c.name === 'nextoria_fake_idp_session')).toMatchObject({ path: '/mocks/oauth/', sameSite: 'Lax' })

  const addresses = recordAddresses(page)
  await page.reload()

  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible()
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${CLIENTS.ordinary}`)
  expect(pathAndQuery(new URL(page.url()))).toBe(PAGE)
  await settled(page)

  const silent = addresses.filter((url) => url.pathname.endsWith('/authorize.html'))
  expect(silent).toHaveLength(1)
  expect(silent[0]!.searchParams.get('prompt')).toBe('none')
  expect(addresses.filter((url) => url.pathname === '/sign-in')).toEqual([])
  await expect(page.getByRole('heading', SIGN_IN_HEADING)).toHaveCount(0)
})

test('when the authorization server answers login_required: the sign-in page, then back to the same page and query', async ({
  page,
  context,
}) => {
  await refreshInFlightOnPage(page)
  await context.clearCookies() // the fake Nextoria Hub no longer knows this browser

  const addresses = recordAddresses(page)
  await page.reload()

  await expect(page.getByRole('heading', SIGN_IN_HEADING)).toBeVisible()
  await expect(page.getByRole('status')).toContainText('Your session has ended')
  const signInPage = new URL(page.url())
  expect(signInPage.searchParams.get('reason')).toBe('expired')
  expect(signInPage.searchParams.get('returnTo')).toBe(PAGE)
  const silent = addresses.filter((url) => url.pathname.endsWith('/authorize.html'))
  expect(silent.map((url) => url.searchParams.get('prompt'))).toEqual(['none'])
  // The router's own navigation to the sign-in page is recorded too: the first test's "never" holds.
  expect(addresses.filter((url) => url.pathname === '/sign-in')).toHaveLength(1)

  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: new RegExp(`^${CLIENTS.ordinary}`) }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible()
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${CLIENTS.ordinary}`)
  expect(pathAndQuery(new URL(page.url()))).toBe(PAGE)
})
