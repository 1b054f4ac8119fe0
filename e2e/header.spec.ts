import type { Page, Route } from '@playwright/test'
import { CLIENTS, settled, signIn } from './support'
import { expect, test } from './test'

/*
 * The header from the narrowest phone to a wide screen, in a left-to-right language with short words,
 * one with long words and a right-to-left one: the widths straddle each of its layouts (styles.css).
 * It sets its own widths, so the phone project leaves it out.
 */
const WIDTHS = [320, 375, 479, 480, 600, 768, 1023, 1024, 1280, 1439, 1440]
const LANGUAGES = [
  { lang: 'en', option: 'English' },
  { lang: 'de', option: 'Deutsch' },
  { lang: 'ar', option: 'العربية' },
]

type Box = { what: string; left: number; right: number; top: number; bottom: number }

/** Each thing a client reads or presses in the header, by its box; none holds another. */
function headerParts(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const parts = [
      ...[...document.querySelectorAll('.shell-brand > *')].map((el) => ({ el, what: `brand ${el.tagName.toLowerCase()}` })),
      ...[...document.querySelectorAll('.shell-user .preference-select')].map((el) => ({ el: el.firstChild!, what: `label "${el.firstChild?.textContent}"` })),
      ...[...document.querySelectorAll('.shell-user select')].map((el, i) => ({ el, what: `select ${i + 1}` })),
      ...[...document.querySelectorAll('.shell-session > *')].map((el) => ({ el, what: `"${el.textContent}"` })),
      ...[...document.querySelectorAll('.shell-nav a')].map((el) => ({ el, what: `link "${el.textContent}"` })),
    ]
    return parts.map(({ el, what }) => {
      // A label's words are a text node: its box is a range's.
      const range = document.createRange()
      range.selectNodeContents(el)
      const r = el instanceof Element ? el.getBoundingClientRect() : range.getBoundingClientRect()
      return { what, left: r.left, right: r.right, top: r.top, bottom: r.bottom }
    })
  })
}

/** On a phone: the two preferences side by side, then the name beside Sign out. */
function phoneRows(parts: Box[]): string[] {
  const [language, appearance] = parts.filter((p) => p.what.startsWith('select'))
  const [name, signOut] = parts.filter((p) => p.what.startsWith('"'))
  if (!language || !appearance || !name || !signOut) return ['a preference, the name or Sign out is missing']
  const middle = (box: Box) => (box.top + box.bottom) / 2
  return [
    Math.abs(language.top - appearance.top) > 0.5 && 'the two preferences are not on one row',
    Math.min(name.top, signOut.top) < language.bottom && 'who is signed in is not below the preferences',
    Math.abs(middle(name) - middle(signOut)) > 0.5 && 'the name and Sign out are not on one row',
  ].filter((problem) => problem !== false)
}

const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5

test('the header at every width and in each language: nothing overlaps or leaves the screen, and on a phone the two preferences share a row', async ({ page }) => {
  await signIn(page, CLIENTS.ordinary)
  await settled(page)
  const problems: string[] = []
  for (const { lang, option } of LANGUAGES) {
    await page.locator('.shell-user select').first().selectOption({ label: option })
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 700 })
      const parts = await headerParts(page)
      expect(parts.length).toBeGreaterThanOrEqual(10)
      for (const [i, a] of parts.entries()) {
        if (a.left < -0.5 || a.right > width + 0.5) problems.push(`${lang} ${width}px: ${a.what} leaves the screen (${Math.round(a.left)}–${Math.round(a.right)})`)
        for (const b of parts.slice(i + 1)) if (overlap(a, b)) problems.push(`${lang} ${width}px: ${a.what} overlaps ${b.what}`)
      }
      if (width < 480) problems.push(...phoneRows(parts).map((problem) => `${lang} ${width}px: ${problem}`))
    }
  }
  expect(problems).toEqual([])
})

test('the shell’s header is as tall as the app’s at every width and in each language, so the page under it stays put', async ({ page, context }) => {
  const heights = async () => {
    const seen: Record<number, number> = {}
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 700 })
      seen[width] = await page.locator('.shell-header').first().evaluate((header) => Math.round(header.getBoundingClientRect().height))
    }
    return seen
  }
  const noScripts = (route: Route) => route.abort()
  await signIn(page, CLIENTS.ordinary)
  for (const { lang, option } of LANGUAGES) {
    await page.locator('.shell-user select').first().selectOption({ label: option })
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await settled(page)
    const app = await heights()
    // index.html's own script still runs, and speaks the language chosen on this device. The context's
    // route, not the page's: the fake API's service worker fetches the page's scripts itself.
    await context.route(/\.js(\?|$)/, noScripts)
    await page.reload()
    await expect(page.locator('.boot-shell .shell-header')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    expect(await heights(), lang).toEqual(app)
    await context.unroute(/\.js(\?|$)/, noScripts)
    await page.reload()
    await expect(page.locator('#root > .shell .shell-header')).toBeVisible()
  }
})
