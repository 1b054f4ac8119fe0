import type { Page } from '@playwright/test'
import { inlineScriptHashes } from '../build/security-policy'
import { CLIENTS, expectNoAxeViolationsOnEveryPage, settled, signIn, tabTo } from './support'
import { expect, test } from './test'

/*
 * Dark mode: the device's scheme by default, the Appearance switch's choice once made, in the static
 * shell before any JavaScript as in the app, and WCAG AA (axe) on every page in both schemes.
 */

const NO_SCRIPTS = /\.js(\?|$)/

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const channels = rgb.match(/[\d.]+/g)?.slice(0, 3).map(Number) ?? []
  if (channels.length !== 3) throw new Error(`not an rgb() colour: ${rgb}`)
  const [r, g, b] = channels.map((value) => {
    const c = value / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Which scheme an element is painted in, 'light' or 'dark', by its background and its text colour. */
async function schemeOf(page: Page, selector: string): Promise<string> {
  const { background, color } = await page.locator(selector).first().evaluate((element) => {
    const style = getComputedStyle(element)
    return { background: style.backgroundColor, color: style.color }
  })
  if (luminance(background) > 0.8 && luminance(color) < 0.05) return 'light'
  if (luminance(background) < 0.02 && luminance(color) > 0.6) return 'dark'
  return `neither: ${color} on ${background}`
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-theme'))
const appearance = (page: Page) => page.getByRole('combobox', { name: 'Appearance' })

test.describe('on a device set to dark', () => {
  test.use({ colorScheme: 'dark' })

  test('the portal is dark; the switch turns it light, it stays light after a reload, and the first paint is light', async ({ page }) => {
    await signIn(page, CLIENTS.ordinary)
    await settled(page)
    expect(await theme(page)).toBeNull()
    await expect(appearance(page)).toHaveValue('system')
    expect(await schemeOf(page, 'html')).toBe('dark')
    expect(await schemeOf(page, '.shell-header')).toBe('dark')
    expect(await schemeOf(page, 'main .card')).toBe('dark')

    await appearance(page).selectOption({ label: 'Light' })
    expect(await theme(page)).toBe('light')
    expect(await schemeOf(page, 'html')).toBe('light')
    expect(await schemeOf(page, '.shell-header')).toBe('light')

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
    await expect(appearance(page)).toHaveValue('light')
    expect(await theme(page)).toBe('light')
    expect(await schemeOf(page, 'main .card')).toBe('light')

    // The first paint: none of the app's scripts run, only index.html's own, and the static shell is
    // already in the chosen scheme, so nothing flashes dark before the app arrives.
    await page.context().route(NO_SCRIPTS, (route) => route.abort())
    await page.reload()
    const shell = page.locator('#root > .boot-shell')
    await expect(shell).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.dataset.shell)).toBeUndefined() // no app script ran
    expect(await theme(page)).toBe('light')
    expect(await schemeOf(page, 'html')).toBe('light')
    expect(await schemeOf(page, '.boot-shell .shell-header')).toBe('light')
    expect(await schemeOf(page, '.boot-shell .card')).toBe('light')
  })

  test('with no choice made, even the first paint follows the device', async ({ page }) => {
    await page.context().route(NO_SCRIPTS, (route) => route.abort())
    await page.goto('/')
    await expect(page.locator('#root > .boot-shell')).toBeVisible()
    expect(await theme(page)).toBeNull()
    expect(await schemeOf(page, 'html')).toBe('dark')
    expect(await schemeOf(page, '.boot-shell .shell-header')).toBe('dark')
  })
})

test('on a light device, Dark chosen on the sign-in page paints dark from the first frame', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/sign-in')
  expect(await schemeOf(page, '.sign-in-card')).toBe('light')
  await appearance(page).selectOption({ label: 'Dark' })
  expect(await theme(page)).toBe('dark')
  expect(await schemeOf(page, 'html')).toBe('dark')
  expect(await schemeOf(page, '.sign-in-card')).toBe('dark')

  await page.context().route(NO_SCRIPTS, (route) => route.abort())
  await page.goto('/')
  await expect(page.locator('#root > .boot-shell')).toBeVisible()
  expect(await theme(page)).toBe('dark')
  expect(await schemeOf(page, 'html')).toBe('dark')
  expect(await schemeOf(page, '.boot-shell .card')).toBe('dark')
})

test('another tab follows the choice, and its return to System', async ({ page, context }) => {
  await page.goto('/sign-in')
  const other = await context.newPage()
  await other.goto('/sign-in')
  await appearance(page).selectOption({ label: 'Dark' })
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(appearance(other)).toHaveValue('dark')
  await appearance(page).selectOption({ label: 'System' })
  await expect(other.locator('html')).not.toHaveAttribute('data-theme')
  await expect(appearance(other)).toHaveValue('system')
})

test('the switch works with the keyboard alone, with its focus in view', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'phone', 'keyboard-only is a desktop concern, as in keyboard.spec.ts')
  await page.goto('/sign-in')
  const select = appearance(page)
  await tabTo(page, select, { press: '' })
  const outline = await select.evaluate((element) => getComputedStyle(element).outline)
  expect(outline).toMatch(/solid 3px|3px solid/)
  await page.keyboard.press('ArrowDown')
  await expect(select).toHaveValue('light')
  expect(await theme(page)).toBe('light')
  await page.keyboard.press('ArrowDown')
  await expect(select).toHaveValue('dark')
  expect(await theme(page)).toBe('dark')
})

test('the theme script runs under a policy that allows it only by its hash, as the production CSP does', async ({ page }) => {
  // This build is on the fake API and carries no CSP (build/security-headers.ts): the test applies one
  // with nothing but the hash computed from the served index.html, and then a wrong one.
  await page.goto('/sign-in')
  await appearance(page).selectOption({ label: 'Dark' })
  const html = await (await page.request.get('/')).text()
  const hashes = inlineScriptHashes(html)
  expect(hashes).toHaveLength(1)
  const theDocument = (url: URL) => url.pathname === '/'
  for (const [policy, expected] of [
    [`script-src ${hashes.join(' ')}`, 'dark'],
    [`script-src 'sha256-${'A'.repeat(43)}='`, null],
  ] as const) {
    await page.route(theDocument, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: html, headers: { 'Content-Security-Policy': policy } }),
    )
    await page.goto('/')
    expect(await theme(page), policy).toBe(expected)
    await page.unroute(theDocument)
  }
})

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violation on any page in the ${scheme} scheme`, async ({ page }, testInfo) => {
    test.setTimeout(240_000) // nine pages, each analysed in full
    // The phone project is 375 × 812; the desktop one is checked at 1280 × 800.
    if (testInfo.project.name === 'desktop') await page.setViewportSize({ width: 1280, height: 800 })
    await page.emulateMedia({ colorScheme: scheme })
    await signIn(page, CLIENTS.large)
    expect(await schemeOf(page, 'html')).toBe(scheme)
    await expectNoAxeViolationsOnEveryPage(page, { invoice: /^Invoice /, milestones: /Milestones/, signOut: 'Sign out' })
  })
}
