import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium as browserType, devices } from '@playwright/test'
import { chromium } from '../e2e/chromium'
import { SEED } from '../mocks/seed/ids'
import { apiOrigin, expect, portalOrigin, serveLogos, settled, signIn, test } from './support'

/*
 * A persistent browser profile, as on a shared computer: a client signs in, reads an invoice, saves
 * its PDF, signs out and closes the browser. Whoever opens it next must find none of that in the
 * HTTP cache, even asking for it with `cache: 'force-cache'` and no token.
 */
test('nothing of a signed-out client stays in the browser’s HTTP cache', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'nextoria-profile-'))
  const launch = () =>
    browserType.launchPersistentContext(profile, { viewport: devices['Desktop Chrome'].viewport, ...chromium, baseURL: portalOrigin(), acceptDownloads: true })
  const visited: string[] = []
  try {
    const first = await launch()
    const page = first.pages()[0] ?? (await first.newPage())
    page.on('response', (response) => {
      if (response.url().startsWith(apiOrigin()) && response.request().method() === 'GET') visited.push(response.url())
    })
    await serveLogos(page)
    await signIn(page, 'ordinary')
    await settled(page)
    await page.getByRole('region', { name: 'Needs your attention' }).getByRole('link').first().click()
    await expect(page.getByRole('heading', { level: 1, name: /^Invoice / })).toBeVisible()
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()])
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { name: 'Sign in to your client portal' })).toBeVisible()
    await first.close()

    const api = `${apiOrigin()}/v1`
    const wanted = [`${api}/me`, visited.find((url) => url.includes('/v1/invoices?')), visited.find((url) => url.endsWith('/pdf'))]
    expect(wanted.every(Boolean), `the first session fetched /me, an invoice list and a PDF: ${visited.join(', ')}`).toBe(true)
    expect(visited.some((url) => url.includes(`client_id=${SEED.clients.ordinary}`))).toBe(true)

    const second = await launch()
    const next = second.pages()[0] ?? (await second.newPage())
    await next.goto('/sign-in')
    const statuses = await next.evaluate(
      (urls) =>
        Promise.all(
          urls.map(async (url) => {
            // In the reopened browser's page, as whoever uses the machine next could.
            // eslint-disable-next-line no-restricted-globals
            const response = await fetch(url, { cache: 'force-cache', mode: 'cors' })
            return `${response.status} ${url}`
          }),
        ),
      wanted as string[],
    )
    await second.close()
    for (const line of statuses) expect(line).toMatch(/^401 /)
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})
