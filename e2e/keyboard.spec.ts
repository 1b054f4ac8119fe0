import { expect, test } from './test'
import { CLIENTS, settled, tabTo } from './support'

test('a client can sign in, find an invoice, download and pay it, and reach a project with the keyboard alone', async ({ page }) => {
  await page.goto('/')
  await tabTo(page, page.getByRole('button', { name: 'Sign in' }))
  await tabTo(page, page.getByRole('button', { name: new RegExp(`^${CLIENTS.ordinary}`) }))
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await settled(page)

  // The skip link is the first stop and moves focus to the content.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()

  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Invoices' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible()
  await settled(page)
  await tabTo(page, page.getByLabel('Status'), { press: '' })
  await page.keyboard.press('ArrowDown') // All → Sent: invoices that can be paid
  await expect(page).toHaveURL(/status=sent/)
  await settled(page)
  const invoice = page.getByRole('table').first().getByRole('link').first()
  const label = (await invoice.textContent()) ?? ''
  await tabTo(page, invoice)
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(label.replace('Invoice ', '')) })).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), tabTo(page, page.getByRole('button', { name: 'Download PDF' }))])
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)

  // Pay by keyboard too: the checkout opens in a new tab, and the invoice shows paid on return.
  const pay = page.getByRole('link', { name: /^Pay / })
  const [checkout] = await Promise.all([page.context().waitForEvent('page'), tabTo(page, pay)])
  await checkout.waitForLoadState()
  await tabTo(checkout, checkout.getByRole('button', { name: /^Pay/ }))
  await expect(checkout.getByText('Payment received')).toBeVisible()
  await checkout.close()
  await page.bringToFront()
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
  await expect(pay).toHaveCount(0)

  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }))
  // The page must have changed before its first link is looked for: while the Projects page's chunk
  // loads, the invoice stays on screen, settled, and its own first link is the way back to Invoices.
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible()
  await settled(page)
  await tabTo(page, page.getByRole('main').getByRole('link').first())
  await expect(page.getByRole('heading', { name: /Milestones/ })).toBeVisible()
})
