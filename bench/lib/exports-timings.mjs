import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromiumVersion, launchChromium, signIn, waitUntilSettled } from './browser.mjs'
import { figure, measuredNow, median, round1 } from './results.mjs'

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {import('./server-process.mjs').ServerProcess} ServerProcess
 * @typedef {{ __longTasks?: number[] }} LongTaskWindow
 */

export const EXPORTS_INVOICE_COUNT = 5000

export const EXPORTS_METHOD =
  'Same production build and server as the other timings, seeded with resetDb({ largeInvoiceCount: 5000 }) and ' +
  'signed in as the large client (bench_user cookie), unthrottled, 1280×800, each run in a fresh Chromium, ' +
  'signed in afresh. Statement: each run navigates to /statement?period=last-12-months; navigation start → ' +
  'the first moment every currency section (USD, JPY, EUR) is shown and nothing is aria-busy (the invoice list up to today, every page, plus the detail of ' +
  'every invoice with a payment, for its paid_at), from performance.now() in the page. Zip: /invoices filtered to ' +
  "last calendar month's issue dates; the click on \"Download all (N)\" → the \"Saved …\" status (N PDFs, 3 in flight, " +
  'and the statement CSV for the same dates); the zip is saved to a temporary folder by Chromium and its size read. ' +
  'Responsiveness: the longest main-thread task (PerformanceObserver "longtask", ≥ 50 ms) during each measurement.'

/**
 * Watches the page's long tasks from the start of every document, so a run can read the longest.
 * @param {Page} page
 */
async function observeLongTasks(page) {
  await page.evaluateOnNewDocument(() => {
    const probe = /** @type {LongTaskWindow} */ (/** @type {unknown} */ (window))
    probe.__longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.__longTasks?.push(entry.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
}

/** @param {Page} page */
const resetLongTasks = (page) => page.evaluate(() => void (/** @type {LongTaskWindow} */ (/** @type {unknown} */ (window)).__longTasks = []))
/** @param {Page} page */
const longestTask = (page) =>
  page.evaluate(() => Math.max(0, ...(/** @type {LongTaskWindow} */ (/** @type {unknown} */ (window)).__longTasks ?? [])))

/** The calendar month before `today` (UTC), as the first and last day. */
export function lastMonth(today = new Date()) {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1))
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0))
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) }
}

/**
 * The large client's statement for the last 12 months, and the zip of a month's PDFs: times and the
 * longest main-thread task of each. Reseeds the server with 5,000 invoices first.
 * @param {{ origin: string, server: ServerProcess, runs: number, command: string, log: (line: string) => void }} options
 */
export async function measureExports({ origin, server, runs, command, log }) {
  await server.reset({ largeInvoiceCount: EXPORTS_INVOICE_COUNT })
  const downloads = mkdtempSync(join(tmpdir(), 'nextoria-bench-zip-'))
  let chromium = ''
  /**
   * Each run in a browser of its own, signed in afresh: in one tab the runs took longer one after the
   * other (statement 28, 36, 73 s; zip 114, 155 s, then a timeout), which fresh browsers do not.
   * @template T
   * @param {(page: Page) => Promise<T>} measure
   * @returns {Promise<T>}
   */
  const inFreshBrowser = async (measure) => {
    const browser = await launchChromium()
    try {
      chromium = await chromiumVersion(browser)
      const page = await browser.newPage()
      await observeLongTasks(page)
      await page.setCookie({ name: 'bench_user', value: 'user_large', url: origin })
      await signIn(page, origin)
      await waitUntilSettled(page)
      const cdp = await page.createCDPSession()
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads })
      return await measure(page)
    } finally {
      await browser.close()
    }
  }
  try {
    /** @type {number[]} */ const statement = []
    /** @type {number[]} */ const statementTasks = []
    for (let run = 1; run <= runs; run++) {
      await inFreshBrowser(async (page) => {
        await page.goto(`${origin}/statement?period=last-12-months`, { waitUntil: 'domcontentloaded' })
        await page.waitForFunction(
          () => {
            const sections = [...document.querySelectorAll('section.statement-currency h2')].map((h) => h.textContent)
            return ['In EUR', 'In JPY', 'In USD'].every((name) => sections.includes(name)) && !document.querySelector('[aria-busy="true"]')
          },
          { timeout: 180_000, polling: 'mutation' },
        )
        const at = await page.evaluate(() => performance.now())
        const task = await longestTask(page)
        statement.push(round1(at))
        statementTasks.push(round1(task))
        log(`  statement run ${run}/${runs}: ${round1(at)} ms, longest task ${round1(task)} ms`)
      })
    }

    const month = lastMonth()
    /** @type {number[]} */ const zip = []
    /** @type {number[]} */ const zipTasks = []
    let pdfs = NaN
    let zipBytes = NaN
    for (let run = 1; run <= runs; run++) {
      await inFreshBrowser(async (page) => {
        for (const file of readdirSync(downloads)) rmSync(join(downloads, file), { force: true })
        await page.goto(`${origin}/invoices?from=${month.from}&to=${month.to}`, { waitUntil: 'domcontentloaded' })
        // The count shows once the list knows it (every page of a long list).
        const button = /** @type {import('puppeteer-core').ElementHandle<HTMLButtonElement>} */ (/** @type {unknown} */ (await page.waitForFunction(
          () => [...document.querySelectorAll('button')].find((b) => /^Download all \(\d+\)$/.test(b.textContent?.trim() ?? '')),
          { timeout: 180_000, polling: 'mutation' },
        )))
        const label = await button.evaluate((el) => el.textContent ?? '')
        pdfs = Number(/\((\d+)\)/.exec(label)?.[1] ?? NaN)
        await resetLongTasks(page)
        const started = await page.evaluate(() => performance.now())
        await button.click()
        await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((el) => /^Saved invoices-/.test(el.textContent ?? '')), {
          timeout: 300_000,
          polling: 'mutation',
        })
        const done = await page.evaluate(() => performance.now())
        const task = await longestTask(page)
        // Chromium writes the file a moment after the page hands it over.
        for (let wait = 0; wait < 100 && !readdirSync(downloads).some((f) => f.endsWith('.zip')); wait++) await new Promise((r) => setTimeout(r, 100))
        const saved = readdirSync(downloads).find((f) => f.endsWith('.zip'))
        zipBytes = saved ? statSync(join(downloads, saved)).size : NaN
        zip.push(round1(done - started))
        zipTasks.push(round1(task))
        log(`  zip run ${run}/${runs}: ${pdfs} PDFs + CSV, ${round1(done - started)} ms, ${zipBytes} bytes, longest task ${round1(task)} ms`)
      })
    }

    return {
      measured: measuredNow(command, chromium),
      method: EXPORTS_METHOD,
      invoiceCount: figure(EXPORTS_INVOICE_COUNT, 'invoices (seeded)'),
      statementLast12Months: { ...figure(round1(median(statement)), 'ms (median)'), runs: statement },
      statementLongestTask: { ...figure(Math.max(...statementTasks), 'ms (longest over the runs)'), runs: statementTasks },
      zipOfMonth: { ...figure(round1(median(zip)), 'ms (median)'), runs: zip, month, pdfs, bytes: zipBytes },
      zipLongestTask: { ...figure(Math.max(...zipTasks), 'ms (longest over the runs)'), runs: zipTasks },
    }
  } finally {
    rmSync(downloads, { recursive: true, force: true })
  }
}
