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

/**
 * axe on the page once it is drawn: its heading shown (a route still loading has none) and no
 * skeleton left. Without the heading it could analyse a page React had not rendered yet.
 */
export async function expectNoAxeViolations(page: Page) {
  await expect(page.locator('h1').first()).toBeVisible()
  await settled(page, { timeout: 30_000 })
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(summary).toEqual([])
}

/**
 * The statement of the last 31 days: the same page as a year's, a tenth of the rows. axe takes 16 s
 * over the large client's whole year (3,700 elements); e2e/exports.spec.ts checks that one, twice.
 */
function recentStatementPath(): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  return `/statement?period=custom&from=${day(Date.now() - 31 * 86_400_000)}&to=${day(Date.now())}`
}

/** The words the walk finds its way by, in the page's language. */
export type WalkWords = { invoice: RegExp; milestones: string | RegExp; signOut: string }

/**
 * Goes to the next page of a walk by `go` (a click, or `page.goto`) and waits until it is that page:
 * a heading other than the one marked before it left. After a click the old page stays on screen
 * until the new one renders, and its heading would pass for the new one's.
 */
async function walkTo(page: Page, go: () => Promise<unknown>) {
  await page.locator('h1').first().evaluate((heading) => heading.setAttribute('data-walked-from', ''))
  await go()
  await expect(page.locator('h1:not([data-walked-from])').first()).toBeVisible({ timeout: 30_000 })
}

/**
 * axe on every page, signed in as the large client (its hostile and right-to-left text): the overview,
 * the invoices and an invoice, the projects and the project whose name carries markup, the account, a
 * statement and the not-found page, and last the sign-in page with its "signed out" message, reached
 * by signing out. It moves through the app by its own links where it can, as a client does: a fresh
 * load of each page took a second or two more each, for nothing axe looks at.
 */
export async function expectNoAxeViolationsOnEveryPage(page: Page, words: WalkWords) {
  const nav = (path: string) => page.locator(`header nav a[href="${path}"]`).click()
  if (new URL(page.url()).pathname !== '/') await page.goto('/')
  await expectNoAxeViolations(page)
  await walkTo(page, () => nav('/invoices'))
  await expectNoAxeViolations(page)
  await walkTo(page, () => page.getByRole('table').first().getByRole('link').first().click())
  await expect(page.getByRole('heading', { level: 1, name: words.invoice })).toBeVisible()
  await expectNoAxeViolations(page)
  await walkTo(page, () => nav('/projects'))
  await expectNoAxeViolations(page)
  await walkTo(page, () => page.getByRole('main').getByRole('link', { name: /<img src=x/ }).first().click())
  await expect(page.getByRole('heading', { name: words.milestones })).toBeVisible()
  await expectNoAxeViolations(page)
  // The name's markup is text: no element was made of it.
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  await walkTo(page, () => nav('/account'))
  await expectNoAxeViolations(page)
  await walkTo(page, () => page.goto(recentStatementPath()))
  // The statement is checked with its lines, not as an empty period.
  await expect(page.locator('table.statement-lines').first()).toBeVisible({ timeout: 30_000 })
  await expectNoAxeViolations(page)
  await walkTo(page, () => page.goto('/no-such-page'))
  await expectNoAxeViolations(page)
  await walkTo(page, () => page.getByRole('button', { name: words.signOut }).click())
  await expect(page.getByRole('button', { name: words.signOut })).toHaveCount(0)
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
