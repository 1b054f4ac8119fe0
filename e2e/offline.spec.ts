import { expect, test } from './test'
import { CLIENTS, settled, signIn } from './support'

const OFFLINE = 'You’re offline. What you see may be out of date; we’ll update when you’re back.'

/*
 * The mock service worker would answer API calls even with the network off; mocks/browser.ts makes
 * every API call fail to connect while navigator.onLine is false, as the real API would be unreachable.
 */
test('offline: what is on screen stays, the page says so, and it refreshes by itself when the network is back', async ({
  page,
  context,
}) => {
  const nav = page.getByRole('navigation', { name: 'Main' })
  await signIn(page, CLIENTS.ordinary)
  await settled(page)
  await nav.getByRole('link', { name: 'Invoices' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible()
  await settled(page)
  const rows = page.getByRole('table', { name: 'Invoices, newest first' }).locator('tbody tr')
  const count = await rows.count()
  expect(count).toBeGreaterThan(0)

  await context.setOffline(true)
  await expect(page.getByText(OFFLINE)).toBeVisible()
  await expect(rows).toHaveCount(count)
  // An API call made anyway fails to connect, as it would without a network.
  const reached = await page.evaluate(() =>
    window.fetch('https://api.nextoriahub.com/v1/me').then(
      () => true,
      () => false,
    ),
  )
  expect(reached).toBe(false)

  // Moving about while offline: pages already visited show what they had; nothing blanks or errors.
  await nav.getByRole('link', { name: 'Overview' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Outstanding balance' }).getByText(/\$/)).toBeVisible()
  await nav.getByRole('link', { name: 'Invoices' }).click()
  await expect(rows).toHaveCount(count)
  await expect(page.getByText(OFFLINE)).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)

  const refreshed = page.waitForResponse((response) => new URL(response.url()).pathname === '/v1/invoices')
  await context.setOffline(false)
  expect((await refreshed).status()).toBe(200)
  await expect(page.getByText(OFFLINE)).toHaveCount(0)
  await expect(rows).toHaveCount(count)
  await expect(page.getByText(/We couldn’t refresh this page/)).toHaveCount(0)
})
