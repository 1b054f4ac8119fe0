import puppeteer from 'puppeteer-core'

/** @typedef {import('puppeteer-core').Page} Page */

/** Debian's chromium, as for the browser tests (playwright.config.ts); CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** @type {Set<import('puppeteer-core').Browser>} */
const running = new Set()

/**
 * A fresh Chromium over a pipe (no debugging port to open); the flags above, nothing else of ours.
 * Puppeteer's own signal handlers are off: bench/run.mjs stops everything it started, in order.
 */
export async function launchChromium() {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: false, // the flags carry --headless=new themselves
    pipe: true,
    args: CHROMIUM_FLAGS,
    defaultViewport: { width: 1280, height: 800 },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  })
  running.add(browser)
  browser.once('disconnected', () => running.delete(browser))
  return browser
}

/** Closes every Chromium still open (on an error or a signal). */
export async function closeAllBrowsers() {
  await Promise.all([...running].map((browser) => browser.close().catch(() => browser.process()?.kill('SIGKILL'))))
}

/** Last resort when the process exits: kills every Chromium still running, synchronously. */
export function killAllBrowsers() {
  for (const browser of running) browser.process()?.kill('SIGKILL')
}

/** @param {import('puppeteer-core').Browser} browser */
export async function chromiumVersion(browser) {
  return (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium ')
}

/**
 * Signs in as a person would: the sign-in page, its "Sign in" button, the authorization server (which
 * approves at once on the benchmark server) and back, until the overview's heading shows.
 * @param {Page} page
 * @param {string} origin
 */
export async function signIn(page, origin) {
  await page.goto(`${origin}/sign-in`, { waitUntil: 'domcontentloaded' })
  const button = await page.waitForSelector('::-p-aria(Sign in[role="button"])', { timeout: 30_000 })
  if (!button) throw new Error('the sign-in page has no "Sign in" button')
  await Promise.all([
    page.waitForFunction(() => [...document.querySelectorAll('h1')].some((h) => h.textContent?.trim() === 'Overview'), {
      timeout: 30_000,
    }),
    button.click(),
  ])
}

/** @param {Page} page */
export async function waitUntilSettled(page) {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), { timeout: 60_000 })
}

/*
 * Probes run inside the page from its first script on (evaluateOnNewDocument), so every time is the
 * page's own performance.now(): milliseconds since that document's navigation started, taken in the
 * mutation callback that first sees the condition hold (the DOM commit, before the frame paints).
 */
function installProbes() {
  /** @type {Record<string, number>} */
  const marks = {}
  /** @type {{ rowsBefore: string, changedAt: number | null } | null} */
  let filter = null

  const rows = () => [...document.querySelectorAll('main table tbody tr')]
  const rowKeys = () => rows().map((row) => row.firstElementChild?.textContent ?? '').join('|')
  /** The text of each row's cell under the column headed `name`. */
  const column = (/** @type {string} */ name) => {
    const headers = [...document.querySelectorAll('main table thead th')]
    const index = headers.findIndex((th) => th.textContent?.trim() === name)
    return index < 0 ? [] : rows().map((row) => row.children[index]?.textContent?.trim() ?? '')
  }
  const busy = () => document.querySelector('[aria-busy="true"]') !== null

  /** @type {Record<string, () => boolean>} */
  const checks = {
    overviewReady: () => {
      const heading = [...document.querySelectorAll('h1')].some((h) => h.textContent?.trim() === 'Overview')
      const balance = [...document.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent?.trim() === 'Outstanding balance')
      return heading && !busy() && Boolean(balance?.querySelector('.figure, .figure-none'))
    },
    firstInvoiceRow: () => {
      const first = rows()[0]
      return Boolean(first && first.checkVisibility())
    },
    filterApplied: () => {
      if (!filter || filter.changedAt === null || busy()) return false
      const statuses = column('Status')
      return statuses.length > 0 && rowKeys() !== filter.rowsBefore && statuses.every((s) => s.endsWith('Overdue'))
    },
  }

  const check = () => {
    for (const [name, holds] of Object.entries(checks)) if (!(name in marks) && holds()) marks[name] = performance.now()
  }
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true })

  document.addEventListener(
    'change',
    (event) => {
      if (filter && filter.changedAt === null && event.target instanceof HTMLSelectElement) filter.changedAt = event.timeStamp
    },
    true,
  )

  Object.assign(window, {
    __bench: {
      marks,
      armFilter: () => {
        filter = { rowsBefore: rowKeys(), changedAt: null }
      },
      filterStart: () => filter?.changedAt ?? null,
    },
  })
}

/**
 * @typedef {{ marks: Record<string, number>, armFilter(): void, filterStart(): number | null }} Probes
 * @typedef {Window & { __bench?: Probes }} ProbedWindow
 */

/** @param {Page} page */
export async function addProbes(page) {
  await page.evaluateOnNewDocument(installProbes)
}

/**
 * Waits for a probe's mark and answers it (ms since navigation start).
 * @param {Page} page
 * @param {'overviewReady' | 'firstInvoiceRow' | 'filterApplied'} name
 */
export async function waitForMark(page, name) {
  const handle = await page.waitForFunction((n) => /** @type {ProbedWindow} */ (window).__bench?.marks[n], { timeout: 60_000, polling: 50 }, name)
  return /** @type {number} */ (await handle.jsonValue())
}
