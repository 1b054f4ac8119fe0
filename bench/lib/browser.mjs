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
  const overviewHeading = () => [...document.querySelectorAll('h1')].some((h) => h.textContent?.trim() === 'Overview')
  /** An overview panel (a section headed by its h2) by its title. */
  const panel = (/** @type {string} */ title) =>
    [...document.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent?.trim() === title)
  /**
   * A panel showing its figure: no skeleton left in it (src/components/ui/skeleton.tsx: an element with
   * aria-busy="true" whose role="status" is labelled "Loading …"), no error, and a figure or its
   * "nothing to show" line (src/features/overview/components/currency-figures.tsx).
   */
  const panelFilled = (/** @type {string} */ title) => {
    const section = panel(title)
    if (!section || section.querySelector('[aria-busy="true"], [role="alert"]')) return false
    const loading = [...section.querySelectorAll('[role="status"]')].some((s) => /^\s*Loading\b/.test(s.textContent ?? ''))
    return !loading && section.querySelector('.figure, .figure-none') !== null
  }

  /** @type {Record<string, () => boolean>} */
  const checks = {
    overviewReady: () => overviewHeading() && !busy() && panelFilled('Outstanding balance'),
    /** The "Outstanding balance" figure shown, whatever the other panels are doing. */
    outstandingShown: () => overviewHeading() && panelFilled('Outstanding balance'),
    /** The 12-month chart drawn and the "Total billed" figure shown, with no skeleton left on the page. */
    chartShown: () =>
      overviewHeading() &&
      !busy() &&
      panelFilled('Total billed') &&
      panel('Billing over the last 12 months')?.querySelector('svg.billing-chart') != null,
    firstInvoiceRow: () => {
      const first = rows()[0]
      return Boolean(first && first.checkVisibility())
    },
    filterApplied: () => {
      if (!filter || filter.changedAt === null || busy()) return false
      const statuses = column('Status')
      return statuses.length > 0 && rowKeys() !== filter.rowsBefore && statuses.every((s) => s.endsWith('Overdue'))
    },
    /** The same rows, with the table no longer under an aria-busy element, whether or not the summary is still adding up. */
    filterRowsShown: () => {
      if (!filter || filter.changedAt === null || document.querySelector('main table')?.closest('[aria-busy="true"]')) return false
      const statuses = column('Status')
      return statuses.length > 0 && rowKeys() !== filter.rowsBefore && statuses.every((s) => s.endsWith('Overdue'))
    },
  }

  /** The first error the page showed (an error state or a route error: role="alert"), to fail fast on it. */
  let failure = /** @type {string | null} */ (null)
  const check = () => {
    for (const [name, holds] of Object.entries(checks)) if (!(name in marks) && holds()) marks[name] = performance.now()
    if (failure === null) {
      const alert = [...document.querySelectorAll('[role="alert"]')].find((el) => (el.textContent ?? '').trim() !== '')
      if (alert) failure = (alert.textContent ?? '').trim().replace(/\s+/g, ' ')
    }
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
      failure: () => failure,
    },
  })
}

/**
 * @typedef {{ marks: Record<string, number>, armFilter(): void, filterStart(): number | null, failure(): string | null }} Probes
 * @typedef {Window & { __bench?: Probes }} ProbedWindow
 * @typedef {'overviewReady' | 'outstandingShown' | 'chartShown' | 'firstInvoiceRow' | 'filterApplied' | 'filterRowsShown'} MarkName
 */

/** @param {Page} page */
export async function addProbes(page) {
  await page.evaluateOnNewDocument(installProbes)
}

/**
 * Waits for a probe's mark and answers it (ms since navigation start). Fails at once, quoting it, when
 * the page shows an error (role="alert") before the mark, and after `timeout` ms with what the page shows.
 * @param {Page} page
 * @param {MarkName} name
 * @param {{ timeout?: number }} [options]
 */
export async function waitForMark(page, name, { timeout = 60_000 } = {}) {
  /** @type {import('puppeteer-core').JSHandle<number | { failure: string } | null | undefined>} */
  let handle
  try {
    handle = await page.waitForFunction(
      (n) => {
        const probes = /** @type {ProbedWindow} */ (window).__bench
        const at = probes?.marks[n]
        if (at !== undefined) return at
        const failure = probes?.failure()
        return failure ? { failure } : null
      },
      { timeout, polling: 50 },
      name,
    )
  } catch (error) {
    const shown = await page.evaluate(() => document.querySelector('main')?.innerText.replace(/\s+/g, ' ').slice(0, 400)).catch(() => undefined)
    throw new Error(`no "${name}" mark within ${timeout / 1000} s on ${page.url()}${shown ? `; the page shows: ${shown}` : ''}`, { cause: error })
  }
  const value = await handle.jsonValue()
  await handle.dispose()
  if (typeof value !== 'number') {
    throw new Error(`waiting for "${name}" on ${page.url()}, the page showed an error: ${value?.failure ?? 'unknown'}`)
  }
  return value
}
