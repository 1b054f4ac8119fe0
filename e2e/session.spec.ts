import { expect, test } from './test'
import { CLIENTS, expectNoTokensInLocalStorage, signIn } from './support'

test('sign in, reload, outlive the access token, sign out, and stay out', async ({ page }) => {
  await signIn(page, CLIENTS.ordinary, { ttlSeconds: 4 })
  await expect(page.getByRole('banner')).toContainText(`Signed in as ${CLIENTS.ordinary}`)
  await expectNoTokensInLocalStorage(page)

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await expect(page.getByRole('banner')).toContainText(CLIENTS.ordinary)

  // The access token lives 4 s: past that, pages still load (refreshed before expiry or after a 401).
  await page.waitForTimeout(5_000)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible()
  await expect(page.getByRole('table').first()).toBeVisible()
  await page.waitForTimeout(5_000)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click()
  await expect(page.getByText(CLIENTS.ordinary, { exact: true }).first()).toBeVisible()
  await expectNoTokensInLocalStorage(page)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in to your client portal' })).toBeVisible()
  await expect(page.getByText('You have signed out.')).toBeVisible()

  await page.goBack()
  await expect(page.getByRole('heading', { name: 'Sign in to your client portal' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Account' })).toHaveCount(0)
  expect(await page.evaluate(() => Object.keys(window.sessionStorage))).not.toContain('nextoria.portal.session')
})

test('two tabs of one sign-in refresh without logging each other out', async ({ page, context }) => {
  await signIn(page, CLIENTS.ordinary, { ttlSeconds: 3 })
  const [second] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate(() => window.open('/projects', '_blank')),
  ])
  await expect(second.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible()

  for (const round of [1, 2]) {
    await page.waitForTimeout(4_000)
    // Both tabs find their token expired and refresh at the same moment.
    await Promise.all([
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: round === 1 ? 'Invoices' : 'Account' }).click(),
      second.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: round === 1 ? 'Account' : 'Invoices' }).click(),
    ])
    await expect(page.getByRole('heading', { level: 1, name: round === 1 ? 'Invoices' : 'Account' })).toBeVisible()
    await expect(second.getByRole('heading', { level: 1, name: round === 1 ? 'Account' : 'Invoices' })).toBeVisible()
  }
  await expect(page.getByRole('heading', { name: 'Sign in to your client portal' })).toHaveCount(0)
  await expect(second.getByRole('heading', { name: 'Sign in to your client portal' })).toHaveCount(0)
})

test('a crafted return address cannot send the client to another site', async ({ page }) => {
  await page.goto('/sign-in?returnTo=https://evil.example/phish')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: new RegExp(`^${CLIENTS.ordinary}`) }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  expect(page.url()).not.toContain('evil.example')
  expect(new URL(page.url()).pathname).toBe('/')
})

test('cancelling on the sign-in page comes back with a clear message', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: 'Cancel and go back' }).click()
  await expect(page.getByRole('alert')).toContainText('Sign-in was cancelled')
})
