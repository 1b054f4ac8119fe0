import { readFileSync } from 'node:fs'
import { expect, test } from './test'
import { CLIENTS, settled, signIn } from './support'

test('overview → invoice → PDF → pay → the overview shows it paid', async ({ page, context }) => {
  await signIn(page, CLIENTS.ordinary)
  await settled(page)
  const attention = page.getByRole('region', { name: 'Needs your attention' })
  const firstOpen = attention.getByRole('link').first()
  const label = (await firstOpen.textContent()) ?? ''
  const number = label.replace('Invoice ', '')
  await firstOpen.click()

  await expect(page.getByRole('heading', { level: 1, name: `Invoice ${number}` })).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()])
  expect(download.suggestedFilename()).toBe(`${number}.pdf`)
  const pdf = readFileSync(await download.path())
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')

  const [checkout] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /^Pay / }).click()])
  await expect(checkout.getByText(number).first()).toBeVisible()
  await checkout.getByRole('button', { name: /^Pay/ }).click()
  await expect(checkout.getByText('Payment received')).toBeVisible()
  await checkout.close()

  // Back in the portal tab: no reload, the invoice shows paid.
  await page.bringToFront()
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
  await expect(page.getByText('Paid', { exact: true }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: /^Pay / })).toHaveCount(0)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click()
  await settled(page)
  await expect(page.getByRole('region', { name: 'Needs your attention' }).getByRole('link', { name: label })).toHaveCount(0)
})

test('overview → project → milestones', async ({ page }) => {
  await signIn(page, CLIENTS.ordinary)
  await settled(page)
  const project = page.getByRole('region', { name: 'Active projects' }).getByRole('link').first()
  const name = (await project.textContent()) ?? ''
  await project.click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Milestones/ })).toBeVisible()
  await expect(page.getByRole('list', { name: /Milestones/ }).getByRole('listitem').first()).toBeVisible()
})
