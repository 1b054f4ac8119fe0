import type { Page } from '@playwright/test'
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
