import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './test'
import { CLIENTS, settled, signIn } from './support'

/*
 * index.html's static shell (src/shell.css), painted before any JavaScript, and what happens when React
 * replaces it: nothing moves. The overview's data is mocked by a service worker in this build, so the
 * timings are not the benchmark's (npm run bench); the shape of the page is.
 */

/** Sums every layout shift of the document from its start (not those right after input, as CLS does). */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = []
    Object.assign(window, { __layoutShifts: shifts })
    new PerformanceObserver((list) => {
      type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }
      const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`
      const describe = (node: Node | undefined) => {
        const element = node instanceof Element ? node : node?.parentElement
        const path: string[] = []
        for (let at = element; at && path.length < 4; at = at.parentElement) path.unshift(`${at.tagName.toLowerCase()}${at.className ? `.${String(at.className).split(' ')[0]}` : ''}`)
        return path.join('>')
      }
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Source[] })[]) {
        if (entry.hadRecentInput) continue
        // The fake API's panel (mocks/dev-panel, never in a production build) sits after the page, so it
        // moves whenever the page grows; a shift of it alone is none of the page's.
        const inPanel = (node: Node | undefined) => (node instanceof Element ? node : node?.parentElement)?.closest('#mock-dev-panel') != null
        const own = (entry.sources ?? []).filter((s) => !inPanel(s.node))
        if (entry.sources?.length && own.length === 0) continue
        const sources = own.map((s) => `${describe(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`)
        shifts.push({ value: entry.value, sources })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  return () => page.evaluate(() => (window as unknown as { __layoutShifts: { value: number; sources: string[] }[] }).__layoutShifts)
}

test('the shell paints before any JavaScript: the frame and the overview’s panels, nothing of the client, and it passes axe', async ({ page }) => {
  await page.context().route(/\.js(\?|$)/, (route) => route.abort())
  await page.goto('/')
  const shell = page.locator('#root > .boot-shell')
  await expect(shell).toBeVisible()
  await expect(shell.locator('.shell-header')).toBeVisible()
  for (const title of ['Outstanding balance', 'Overdue', 'Next invoice due', 'Total billed', 'Needs your attention', 'Active projects']) {
    await expect(shell.getByText(title, { exact: true })).toBeVisible()
  }
  // No script ran: nothing fitted the shell to the page, and it is not announced as content.
  expect(await page.evaluate(() => document.documentElement.dataset.shell)).toBeUndefined()
  await expect(page.getByRole('heading')).toHaveCount(0)
  const text = (await shell.textContent()) ?? ''
  for (const name of Object.values(CLIENTS)) expect(text).not.toContain(name)
  expect(text.replace('last 12 months', '')).not.toMatch(/\d/)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('a reload of the overview: React replaces the shell with nothing moving, each list is asked for once, and no calendar code loads', async ({ page }) => {
  await signIn(page, CLIENTS.ordinary)
  await settled(page)
  const shifts = await recordLayoutShifts(page)
  const lists: string[] = []
  const scripts = new Set<string>()
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname === '/v1/invoices') lists.push(url.searchParams.get('status') ?? '(none)')
    if (url.pathname === '/v1/projects' || url.pathname === '/v1/me') lists.push(url.pathname)
  })
  page.on('request', (request) => {
    if (/\/assets\/.+\.js$/.test(new URL(request.url()).pathname)) scripts.add(request.url())
  })

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await settled(page)
  await expect(page.locator('.boot-shell')).toHaveCount(0)
  await page.waitForTimeout(500) // a late shift (an image, a font) would still count

  const seen = await shifts()
  const total = seen.reduce((sum, shift) => sum + shift.value, 0)
  expect(total, JSON.stringify(seen)).toBeLessThanOrEqual(0.02)
  expect(lists.sort()).toEqual(['/v1/me', '/v1/projects', 'overdue', 'paid', 'sent'])
  // "Add to calendar" is on the page: its button comes in a chunk index.html preloads, not one of its
  // own loaded while the page renders, and the calendar's writer loads only when it is pressed.
  await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeVisible()
  // Read afresh: a script the browser revalidated has no body to read in the page's own response.
  const loaded = await Promise.all([...scripts].map(async (url) => ({ url, code: await (await page.request.get(url)).text() })))
  const index = await (await page.request.get('/')).text()
  const withButton = loaded.filter(({ code }) => code.includes('Preparing calendar')).map(({ url }) => new URL(url).pathname)
  expect(withButton).toHaveLength(1)
  expect(index).toContain(`"${withButton[0]}"`)
  expect(loaded.filter(({ code }) => code.includes('BEGIN:VCALENDAR')).map(({ url }) => url)).toEqual([])
})

test('on the sign-in page nothing of the overview’s shell stays once the first script has run', async ({ page }) => {
  await page.goto('/sign-in')
  await expect(page.getByRole('heading', { name: 'Sign in to your client portal' })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.dataset.shell)).toBe('none')
  await expect(page.locator('.boot-shell')).toHaveCount(0)
})

/** Where the header, the heading and each panel (by its title) are: in the shell, or in React's page. */
function boxesOf(page: Page, within: 'shell' | 'page') {
  return page.evaluate((where) => {
    const box = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect()
      return r ? { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) } : null
    }
    const shell = where === 'shell'
    const root = document.querySelector(shell ? '.boot-shell' : '#root > .shell')
    const panels = [...(root?.querySelectorAll(shell ? '.boot-shell-panel' : 'section.card') ?? [])]
    return {
      header: box(root?.querySelector('.shell-header')),
      heading: box(root?.querySelector(shell ? '.boot-shell-h1' : 'h1')),
      panels: Object.fromEntries(
        panels.map((panel) => [(panel.querySelector(shell ? '.boot-shell-title' : 'h2')?.textContent ?? '').trim(), box(panel)]),
      ),
    }
  }, within)
}

test('the shell’s boxes are the boxes of the page React puts in its place, skeletons and all', async ({ page, context }) => {
  await signIn(page, CLIENTS.ordinary)
  await settled(page)

  // The page as React first shows it when no list has answered: every panel a skeleton.
  await context.addInitScript(() => {
    const send = window.fetch.bind(window)
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), window.location.href)
      if (/^\/v1\/(invoices|projects)$/.test(url.pathname)) return new Promise<Response>(() => undefined)
      return send(input, init)
    }
  })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await expect(page.locator('section.card [aria-busy="true"]')).toHaveCount(7)
  await page.waitForFunction(() => [...document.images].every((image) => image.complete))
  const react = await boxesOf(page, 'page')
  expect(Object.keys(react.panels)).toHaveLength(7)

  // The shell alone, in the same viewport: no script at all.
  await page.context().route(/\.js(\?|$)/, (route) => route.abort())
  await page.reload()
  const shell = await boxesOf(page, 'shell')

  expect(shell).toEqual(react)
})

