import { expect, test } from '@playwright/test'

test('npm run dev serves the portal shell on the fake API', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))

  await page.goto('/')

  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await expect(page.getByRole('banner')).toContainText('Brightside Creative')
  await expect(page.getByRole('banner')).toContainText('Signed in as')
  await expect(page.getByRole('heading', { name: 'Outstanding balance' })).toBeVisible()
  await expect(page.getByText(/across \d+ open invoices? in USD/)).toBeVisible()
  expect(errors).toEqual([])
})

test('mock mode can show the large client, with one balance per currency', async ({ page }) => {
  await page.goto('/?mock-user=large')
  await expect(page.getByText(/in JPY/)).toBeVisible()
  await expect(page.getByText(/in USD/)).toBeVisible()
})
