import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { CLIENTS, expectNoAxeViolations, settled, signIn, tabTo } from './support'
import { expect, test } from './test'

/*
 * The statement, "Download all" and the calendar in a real browser. `page.route` cannot reach the
 * PDFs: in a mock build the service worker answers them, not the network. So the page's own fetch is
 * wrapped before the app starts, and told which PDFs to fail or slow down.
 */
type PdfFlags = { __failPdfIds?: string[]; __pdfDelayMs?: number; __pdfRequests?: number; __detailDelayMs?: number }

async function controlPdfs(page: Page) {
  await page.addInitScript(() => {
    const flags = window as unknown as PdfFlags
    const send = window.fetch.bind(window)
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href)
      // An invoice's detail is what the statement CSV asks for, for its payment date.
      if (flags.__detailDelayMs && /\/invoices\/[^/]+$/.test(url.pathname)) await new Promise((resolve) => setTimeout(resolve, flags.__detailDelayMs))
      const match = /\/invoices\/([^/]+)\/pdf$/.exec(url.pathname)
      if (!match) return send(input, init)
      flags.__pdfRequests = (flags.__pdfRequests ?? 0) + 1
      if (flags.__pdfDelayMs) await new Promise((resolve) => setTimeout(resolve, flags.__pdfDelayMs))
      if (flags.__failPdfIds?.includes(decodeURIComponent(match[1]!))) {
        return new Response(JSON.stringify({ error: { code: 'server_error', message: 'PDF renderer down' } }), {
          status: 500,
          headers: { 'Content-Type': 'application/json' },
        })
      }
      return send(input, init)
    }
  })
}

/** The invoice numbers and ids the list shows, in its order. */
async function listedInvoices(page: Page) {
  await expect(page.locator('main table tbody tr').first()).toBeVisible()
  await settled(page)
  return page.locator('main table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const link = row.querySelector<HTMLAnchorElement>('a[href^="/invoices/"]')!
      return { number: row.querySelector('th')!.textContent.trim(), id: decodeURIComponent(link.pathname.split('/').pop()!) }
    }),
  )
}

async function zipEntries(download: Download) {
  const bytes = new Uint8Array(await readFile((await download.path())))
  return unzipSync(bytes)
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

test.describe('exports', () => {
  test('“Download all” saves one zip holding exactly the filtered invoices’ PDFs and the statement CSV', async ({ page }) => {
    await controlPdfs(page)
    await signIn(page, CLIENTS.ordinary)
    await page.goto('/invoices?status=paid')
    const invoices = await listedInvoices(page)
    expect(invoices.length).toBeGreaterThan(1)
    const button = page.getByRole('button', { name: `Download all (${invoices.length})` })
    const downloading = page.waitForEvent('download')
    await button.click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^invoices-paid-start-to-\d{4}-\d{2}-\d{2}\.zip$/)
    const entries = await zipEntries(download)
    const pdfs = Object.keys(entries).filter((name) => name.endsWith('.pdf')).sort()
    expect(pdfs).toEqual(invoices.map((invoice) => `${invoice.number}.pdf`).sort())
    for (const invoice of invoices) {
      const text = decode(entries[`${invoice.number}.pdf`]!)
      expect(text.startsWith('%PDF-')).toBe(true)
      expect(text).toContain(`Invoice ${invoice.number}`)
    }
    const csv = Object.keys(entries).filter((name) => name.endsWith('.csv'))
    expect(csv).toHaveLength(1)
    expect(decode(entries[csv[0]!]!)).toMatch(/^\uFEFFcurrency,date,type,invoice,due_date,amount,balance,note\r\n/)
    await expect(page.getByRole('status').filter({ hasText: /^Saved invoices-paid/ })).toContainText(`${invoices.length} PDFs and the statement`)
    // At most three PDFs in flight, and each PDF asked for once when none fails.
    expect(await page.evaluate(() => (window as unknown as PdfFlags).__pdfRequests)).toBe(invoices.length)
  })

  test('a PDF that cannot be fetched is named, left out of the zip, and can be tried again', async ({ page }) => {
    await controlPdfs(page)
    await signIn(page, CLIENTS.ordinary)
    await page.goto('/invoices?status=paid')
    const invoices = await listedInvoices(page)
    const broken = invoices[1]!
    await page.evaluate((id) => ((window as unknown as PdfFlags).__failPdfIds = [id]), broken.id)
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: /^Download all/ }).click()
    const entries = await zipEntries(await downloading)
    expect(Object.keys(entries).filter((name) => name.endsWith('.pdf')).sort()).toEqual(
      invoices.filter((invoice) => invoice !== broken).map((invoice) => `${invoice.number}.pdf`).sort(),
    )
    const alert = page.getByRole('alert').filter({ hasText: 'could not be fetched' })
    await expect(alert).toContainText(`This PDF could not be fetched and is not in the zip: ${broken.number}.`)

    await page.evaluate(() => ((window as unknown as PdfFlags).__failPdfIds = []))
    const retrying = page.waitForEvent('download')
    await alert.getByRole('button', { name: 'Try it again' }).click()
    const retried = await zipEntries(await retrying)
    expect(Object.keys(retried)).toEqual([`${broken.number}.pdf`])
    expect(decode(retried[`${broken.number}.pdf`]!).startsWith('%PDF-')).toBe(true)
  })

  test('once the PDFs are in, the zip says what it still waits for: the statement’s payment dates', async ({ page }) => {
    await controlPdfs(page)
    await signIn(page, CLIENTS.ordinary)
    await page.goto('/invoices?status=paid')
    await listedInvoices(page)
    await page.evaluate(() => ((window as unknown as PdfFlags).__detailDelayMs = 1_500))
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: /^Download all/ }).click()
    await expect(page.getByRole('progressbar', { name: /^Preparing the statement \(CSV\): looking up payment dates, \d+ of \d+$/ })).toBeVisible()
    const entries = await zipEntries(await downloading)
    expect(Object.keys(entries).filter((name) => name.endsWith('.csv'))).toHaveLength(1)
    await expect(page.getByRole('status').filter({ hasText: /^Saved invoices-paid/ })).toContainText('and the statement')
  })

  test('cancelling mid-way saves nothing', async ({ page }) => {
    await controlPdfs(page)
    await signIn(page, CLIENTS.ordinary)
    await page.goto('/invoices')
    await listedInvoices(page)
    const downloads: Download[] = []
    page.on('download', (download) => downloads.push(download))
    await page.evaluate(() => ((window as unknown as PdfFlags).__pdfDelayMs = 700))
    await page.getByRole('button', { name: /^Download all/ }).click()
    await expect(page.getByText(/^Downloading PDFs: [1-9]\d* of \d+/)).toBeVisible()
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Download cancelled. Nothing was saved.' })).toBeVisible()
    await page.waitForTimeout(2_500)
    expect(downloads).toEqual([])
    await expect(page.getByRole('button', { name: /^Download all/ })).toBeVisible()
  })

  test('the statement passes axe, fits a 375 px phone, and is used by keyboard alone', async ({ page }) => {
    test.setTimeout(150_000) // the large client's whole year: axe took 16–23 s over its 3,700 elements, and runs twice
    await signIn(page, CLIENTS.large)
    await page.getByRole('link', { name: 'Your statement' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Statement' })).toBeVisible()
    // Thousands of payment dates to look up, one invoice at a time: the page counts them as they come.
    const lookups = page.getByRole('progressbar', { name: /^Looking up payment dates: [\d,]+ of [\d,]+$/ })
    await expect(lookups).toBeVisible({ timeout: 15_000 })
    const label = await page.getByText(/^Looking up payment dates:/).textContent()
    expect(await lookups.getAttribute('max')).toBe(/ of ([\d,]+)$/.exec(label ?? '')?.[1]?.replaceAll(',', ''))
    await expect(page.getByRole('region', { name: 'In JPY', exact: true })).toBeVisible({ timeout: 30_000 })
    await expect(lookups).toHaveCount(0)
    await expectNoAxeViolations(page)

    // Keyboard: choose last year from the period list, then download the CSV.
    const period = page.getByLabel('Period', { exact: true })
    await tabTo(page, period, { press: '' })
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect(page).toHaveURL(/period=last-year/)
    await expect(page.getByRole('region', { name: 'In USD', exact: true })).toBeVisible({ timeout: 30_000 })
    const downloading = page.waitForEvent('download')
    await tabTo(page, page.getByRole('button', { name: 'Download CSV' }))
    const year = new Date().getFullYear() - 1
    expect((await downloading).suggestedFilename()).toBe(`statement-${year}-01-01-to-${year}-12-31.csv`)

    await page.setViewportSize({ width: 375, height: 800 })
    await settled(page)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(page)
  })

  test('the overview’s “Add to calendar” downloads an .ics, by keyboard', async ({ page }) => {
    await signIn(page, CLIENTS.ordinary)
    await settled(page)
    const downloading = page.waitForEvent('download')
    await tabTo(page, page.getByRole('button', { name: 'Add to calendar' }))
    const download = await downloading
    expect(download.suggestedFilename()).toBe('due-dates.ics')
    const text = await readFile((await download.path()), 'utf8')
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(text).toContain('BEGIN:VEVENT')
    await expectNoAxeViolations(page)
  })
})
