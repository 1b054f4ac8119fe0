import type { Locator, Page } from '@playwright/test'
import { CLIENTS, settled, signIn } from './support'
import { expect, test } from './test'

// The narrowest phone in common use: every page must fit it without sideways scrolling.
test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true })

/** The page's heading is up and no skeleton is left: what a client would see, fully laid out. */
async function loaded(page: Page) {
  await expect(page.locator('h1').first()).toBeVisible()
  // A statement pages through every invoice and fetches each payment's date: the large client's takes a while.
  await settled(page, { timeout: 30_000 })
}

async function overflow(page: Page): Promise<string | null> {
  await loaded(page)
  return page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement
    return scrollWidth > clientWidth ? `${location.pathname} is ${scrollWidth} px wide in a ${clientWidth} px viewport` : null
  })
}

/** The links a page lists under `name`, as paths, so each can be visited afresh. */
async function linksIn(page: Page, selector: string): Promise<string[]> {
  await loaded(page)
  return page.locator(selector).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))
}

for (const client of Object.values(CLIENTS)) {
  test(`every page fits 320 px for ${client}`, async ({ page }) => {
    test.setTimeout(120_000)
    const problems: (string | null)[] = []
    await page.goto('/sign-in')
    problems.push(await overflow(page))
    await signIn(page, client)
    for (const path of ['/', '/projects', '/invoices', '/statement', '/account', '/no-such-page']) {
      await page.goto(path)
      problems.push(await overflow(page))
    }
    await page.goto('/projects')
    const projects = await linksIn(page, 'main a[href^="/projects/"]')
    if (client !== CLIENTS.empty) expect(projects.length).toBeGreaterThan(0)
    for (const path of projects) {
      await page.goto(path)
      problems.push(await overflow(page))
    }
    await page.goto('/invoices')
    const invoices = await linksIn(page, 'main table a[href^="/invoices/"]')
    if (client !== CLIENTS.empty) expect(invoices.length).toBeGreaterThan(0)
    for (const path of invoices.slice(0, 3)) {
      await page.goto(path)
      problems.push(await overflow(page))
    }
    expect(problems.filter(Boolean)).toEqual([])
  })
}

/** How far the table's box could scroll sideways: nothing, where its rows are cards. */
const sidewaysScroll = (table: Locator) => table.evaluate((element) => element.parentElement!.scrollWidth - element.parentElement!.clientWidth)

test('on a phone each invoice, each line of one, each project and each statement line is a card: figures in view, under the column names', async ({ page }) => {
  await signIn(page, CLIENTS.ordinary)
  await page.goto('/invoices')
  await loaded(page)
  const table = page.getByRole('table', { name: 'Invoices, newest first' })
  // Nothing to scroll sideways: every value is within the 320 px.
  expect(await sidewaysScroll(table)).toBe(0)
  const overdue = table.getByRole('row').filter({ has: page.locator('.invoice-cell-owed') }).filter({ hasText: 'Overdue' }).first()
  for (const cell of ['.invoice-cell-number', '.invoice-cell-status', '.invoice-cell-due', '.invoice-cell-owed', '.invoice-cell-total']) {
    const box = (await overdue.locator(cell).boundingBox())!
    expect(box.x + box.width, `${cell} ends inside the viewport`).toBeLessThanOrEqual(320)
  }
  await expect(overdue.locator('.invoice-cell-owed .cell-label')).toHaveText('Amount due')
  await expect(overdue.locator('.invoice-cell-owed')).toContainText(/\$[\d,]+\.\d\d$/)
  await expect(overdue.locator('.invoice-cell-due')).toContainText(/days overdue/)
  // Still a table to a screen reader, its column headers named, the labels in the cells not read twice.
  await expect(table.getByRole('columnheader', { name: 'Amount due' })).toHaveCount(1)
  expect((await overdue.locator('.invoice-cell-owed').ariaSnapshot()).includes('Amount due')).toBe(false)

  // The invoice's own lines: what each is and costs, in view.
  await overdue.getByRole('link').click()
  await loaded(page)
  const lines = page.getByRole('table', { name: 'Line items' })
  expect(await sidewaysScroll(lines)).toBe(0)
  const amount = (await lines.locator('.line-cell-amount').first().boundingBox())!
  expect(amount.x + amount.width).toBeLessThanOrEqual(320)
  await expect(lines.locator('.line-cell-amount .cell-label').first()).toHaveText('Amount')

  // And the projects: their budgets in view too.
  await page.goto('/projects')
  await loaded(page)
  const projects = page.getByRole('table', { name: 'Your projects' })
  expect(await sidewaysScroll(projects)).toBe(0)
  const budget = (await projects.locator('.project-cell-budget').first().boundingBox())!
  expect(budget.x + budget.width).toBeLessThanOrEqual(320)

  // And the statement: each line's amount and the balance after it, in view.
  await page.goto('/statement')
  await loaded(page)
  const statement = page.getByRole('table', { name: /^Invoices and payments in / }).first()
  expect(await sidewaysScroll(statement)).toBe(0)
  const line = statement.getByRole('row').filter({ has: page.locator('.statement-cell-balance') }).first()
  for (const cell of ['.statement-cell-description', '.statement-cell-amount', '.statement-cell-balance']) {
    const box = (await line.locator(cell).boundingBox())!
    expect(box.x + box.width, `${cell} ends inside the viewport`).toBeLessThanOrEqual(320)
  }
  await expect(line.locator('.statement-cell-balance .cell-label')).toHaveText('Balance')
  await expect(statement.getByRole('columnheader', { name: 'Balance' })).toHaveCount(1)
})

test('on a phone the billing chart names its months at 12px, every second one, none overlapping', async ({ page }) => {
  await signIn(page, CLIENTS.ordinary)
  await loaded(page)
  const names = await page.locator('.chart-months span').evaluateAll((spans) =>
    spans.map((span) => {
      const style = getComputedStyle(span)
      // The name's own extent, not its column's.
      const range = document.createRange()
      range.selectNodeContents(span)
      const { left, right } = range.getBoundingClientRect()
      return { shown: style.visibility !== 'hidden', size: style.fontSize, left, right }
    }),
  )
  expect(names).toHaveLength(12)
  const shown = names.filter((name) => name.shown)
  expect(shown.length).toBe(6)
  expect(names.at(-1)!.shown, 'the latest month is named').toBe(true)
  for (const name of shown) {
    expect(name.size).toBe('12px')
    expect(name.left).toBeGreaterThanOrEqual(0)
    expect(name.right).toBeLessThanOrEqual(320)
  }
  for (let i = 1; i < shown.length; i++) expect(shown[i]!.left, `name ${i} clear of the one before`).toBeGreaterThan(shown[i - 1]!.right)
})
