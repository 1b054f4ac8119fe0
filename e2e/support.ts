import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'

export const CLIENTS = { ordinary: 'Dana Whitfield', large: 'Layla Haddad', empty: 'Sam Okafor' } as const

/** Signs in through the fake Nextoria sign-in page, as a developer in `npm run dev` would. */
export async function signIn(page: Page, name: string, { ttlSeconds }: { ttlSeconds?: number } = {}) {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Sign in to your client portal' })).toBeVisible()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: /client portal$/ })).toBeVisible()
  if (ttlSeconds !== undefined) {
    await page.getByText('Developer options').click()
    await page.getByLabel('Access token lifetime (seconds)').fill(String(ttlSeconds))
  }
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
}

/** Waits until no skeleton is left on the page. */
export async function settled(page: Page, { timeout }: { timeout?: number } = {}) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout })
}

/** Every value in localStorage, where no token may ever be. */
export async function localStorageText(page: Page): Promise<string> {
  return page.evaluate(() => Object.values(window.localStorage).join('\n'))
}

export async function expectNoTokensInLocalStorage(page: Page) {
  expect(await localStorageText(page)).not.toMatch(/at_[0-9a-f]{48}|rt_[0-9a-f]{48}/)
}

export async function expectNoAxeViolations(page: Page) {
  await settled(page)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(summary).toEqual([])
}

/**
 * axe on the pages a client reads, signed in as the large client (its hostile and right-to-left text):
 * the overview, the lists, the account and the statement, then an invoice and the project whose name
 * carries markup, each found by its heading in the page's language.
 */
export async function expectNoAxeViolationsOnEveryPage(page: Page, headings: { invoice: RegExp; milestones: string | RegExp }) {
  for (const path of ['/', '/invoices', '/projects', '/account', '/statement']) {
    await page.goto(path)
    await expectNoAxeViolations(page)
  }
  await page.goto('/invoices')
  await settled(page)
  await page.getByRole('table').first().getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1, name: headings.invoice })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.goto('/projects')
  await settled(page)
  await page.getByRole('main').getByRole('link', { name: /<img src=x/ }).first().click()
  await expect(page.getByRole('heading', { name: headings.milestones })).toBeVisible()
  await expectNoAxeViolations(page)
}

/** Keyboard only: Tab until `target` has focus (at most `limit` presses), then press Enter. */
export async function tabTo(page: Page, target: Locator, { limit = 60, press = 'Enter' } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) {
      if (press) await page.keyboard.press(press)
      return
    }
  }
  throw new Error(`Tab never reached ${target.toString()}`)
}
