import { addProbes, chromiumVersion, launchChromium, signIn, waitForMark, waitUntilSettled } from './browser.mjs'
import { figure, measuredNow, median, round1 } from './results.mjs'

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {import('./results.mjs').ChainLink} ChainLink
 * @typedef {import('./results.mjs').OverviewResults} OverviewResults
 * @typedef {import('./results.mjs').LargeClientResults} LargeClientResults
 * @typedef {import('./server-process.mjs').ServerProcess} ServerProcess
 * @typedef {import('./browser.mjs').ProbedWindow} ProbedWindow
 * @typedef {{ id: string, method: string, url: string, start: number, end: number | null }} ApiRequest
 */

export const LARGE_INVOICE_COUNT = 5000

export const OVERVIEW_METHOD =
  'Same production build and server as Lighthouse, unthrottled, 1280×800, HTTP cache warm from signing in. Signed ' +
  'in as the ordinary client, each run navigates the tab to "/" afresh (a new document: the access token is gone, ' +
  'the refresh token is in sessionStorage). Wall time: navigation start → the first DOM commit with the "Overview" ' +
  'heading, no [aria-busy="true"] and the "Outstanding balance" figure, from performance.now() in the page. Round ' +
  'trips: from Chrome DevTools Protocol network events (requestWillBeSent → loadingFinished) of requests to the API ' +
  'and token endpoints (…/v1/…), the longest chain in which each request starts after the previous one finished. ' +
  'The same runs are repeated with 150 ms of latency added to every request (page.emulateNetworkConditions, ' +
  "Lighthouse's mobile RTT); the budgeted round-trip count is the longest chain of those runs, the unthrottled one is " +
  'reported beside it.'

export const LARGE_METHOD =
  'Same build and server, seeded with resetDb({ largeInvoiceCount: 5000 }) and signed in as the large client ' +
  '(bench_user cookie). Each run navigates the tab to /invoices afresh. First render: navigation start → first ' +
  'invoice table row committed and visible. Filter: the change event of the Status select (Overdue) → the first ' +
  'commit where the rows differ from before, every row\'s Status is Overdue and nothing is aria-busy.'

/**
 * Records the page's API requests through its own DevTools Protocol session.
 * @param {Page} page
 * @param {(url: string) => boolean} isApi
 */
async function recordApiRequests(page, isApi) {
  const cdp = await page.createCDPSession()
  await cdp.send('Network.enable')
  /** @type {Map<string, ApiRequest>} */
  const requests = new Map()
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.method === 'OPTIONS' || !isApi(event.request.url)) return
    requests.set(event.requestId, { id: event.requestId, method: event.request.method, url: event.request.url, start: event.timestamp, end: null })
  })
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId)
    if (request) request.end = event.timestamp
  })
  cdp.on('Network.loadingFailed', (event) => {
    const request = requests.get(event.requestId)
    if (request) request.end = event.timestamp
  })
  return {
    clear: () => requests.clear(),
    /** Waits until every request seen has finished and none started for `quietMs`. */
    async settled(quietMs = 500) {
      let last = -1
      let stableSince = Date.now()
      for (;;) {
        const open = [...requests.values()].some((r) => r.end === null)
        if (requests.size !== last || open) {
          last = requests.size
          stableSince = Date.now()
        } else if (Date.now() - stableSince >= quietMs) {
          return [...requests.values()]
        }
        await new Promise((done) => setTimeout(done, 50))
      }
    },
  }
}

/**
 * The longest chain of requests in which each starts after the one before it finished.
 * @param {ApiRequest[]} requests
 * @returns {ApiRequest[]}
 */
export function longestSequentialChain(requests) {
  const done = requests.filter((r) => r.end !== null).sort((a, b) => a.start - b.start)
  /** @type {ApiRequest[][]} */
  const best = []
  done.forEach((request, i) => {
    /** @type {ApiRequest[]} */
    let longest = []
    for (let j = 0; j < i; j++) {
      const before = /** @type {ApiRequest} */ (done[j])
      const chain = /** @type {ApiRequest[]} */ (best[j])
      if (/** @type {number} */ (before.end) <= request.start && chain.length > longest.length) longest = chain
    }
    best.push([...longest, request])
  })
  return best.reduce((a, b) => (b.length > a.length ? b : a), /** @type {ApiRequest[]} */ ([]))
}

/**
 * @param {ApiRequest} request
 * @param {string} origin
 */
const shortUrl = (request, origin) => decodeURIComponent(request.url.replace(origin, ''))

/** The round-trip time of Lighthouse's mobile network, added to every request for the round-trip count. */
export const EMULATED_RTT_MS = 150

/**
 * The overview opened afresh by a signed-in client, `runs` times unthrottled and `runs` times with
 * EMULATED_RTT_MS of latency. On localhost an answer can land before the app's JavaScript has sent
 * every request of a batch it started together (a cold first load is slow to get through them), which
 * would count as one more round trip although nothing waited for that answer; with a mobile network's
 * latency a chain is made of real waits only, so the budgeted round-trip count comes from those runs.
 * @param {{ origin: string, runs: number, command: string, log: (line: string) => void }} options
 * @returns {Promise<OverviewResults>}
 */
export async function measureOverview({ origin, runs, command, log }) {
  const browser = await launchChromium()
  try {
    const chromium = await chromiumVersion(browser)
    const page = await browser.newPage()
    await addProbes(page)
    const recorder = await recordApiRequests(page, (url) => url.startsWith(`${origin}/v1/`))
    await signIn(page, origin)
    await waitUntilSettled(page)

    /** @param {string} label @param {number} latency */
    const pass = async (label, latency) => {
      await page.emulateNetworkConditions(latency ? { download: -1, upload: -1, latency } : null)
      /** @type {{ wall: number[], trips: number[], counts: number[], chain: ChainLink[], lastAnswer: number[], me: number[] }} */
      const out = { wall: [], trips: [], counts: [], chain: [], lastAnswer: [], me: [] }
      for (let run = 1; run <= runs; run++) {
        recorder.clear()
        await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded' })
        const ready = await waitForMark(page, 'overviewReady')
        const requests = await recorder.settled()
        const chain = longestSequentialChain(requests)
        const first = Math.min(...requests.map((r) => r.start))
        out.wall.push(round1(ready))
        out.trips.push(chain.length)
        out.counts.push(requests.length)
        // When the last answer landed, and when GET /v1/me did (the signed-in shell waits for it).
        out.lastAnswer.push(round1((Math.max(...requests.map((r) => r.end ?? r.start)) - first) * 1000))
        const me = requests.find((r) => r.method === 'GET' && new URL(r.url).pathname === '/v1/me')
        if (me?.end) out.me.push(round1((me.end - first) * 1000))
        if (run === 1 || chain.length > out.chain.length) {
          // Times relative to the run's first API request, in ms.
          out.chain = chain.map((r) => ({
            method: r.method,
            url: shortUrl(r, origin),
            start: round1((r.start - first) * 1000),
            end: round1(((r.end ?? r.start) - first) * 1000),
          }))
        }
        log(`  overview ${label} run ${run}/${runs}: ${round1(ready)} ms, ${requests.length} API requests, ${chain.length} sequential round trips`)
      }
      return out
    }

    const local = await pass('unthrottled', 0)
    const mobile = await pass(`${EMULATED_RTT_MS} ms RTT`, EMULATED_RTT_MS)
    return {
      measured: measuredNow(command, chromium),
      method: OVERVIEW_METHOD,
      wallTime: { ...figure(round1(median(local.wall)), 'ms (median, unthrottled)'), runs: local.wall },
      wallTimeAtEmulatedRtt: { ...figure(round1(median(mobile.wall)), `ms (median, ${EMULATED_RTT_MS} ms RTT emulated)`), runs: mobile.wall },
      sequentialRoundTrips: {
        ...figure(Math.max(...mobile.trips), `round trips (longest over the runs, ${EMULATED_RTT_MS} ms RTT emulated)`),
        runs: mobile.trips,
      },
      sequentialRoundTripsUnthrottled: { ...figure(Math.max(...local.trips), 'round trips (longest over the runs, unthrottled)'), runs: local.trips },
      apiRequests: { ...figure(median(local.counts.concat(mobile.counts)), 'requests (median)'), runs: local.counts.concat(mobile.counts) },
      lastApiAnswer: { ...figure(round1(median(local.lastAnswer)), 'ms after the first API request (median, unthrottled)'), runs: local.lastAnswer },
      meAnswered: local.me.length
        ? { ...figure(round1(median(local.me)), 'ms after the first API request (median, unthrottled)'), runs: local.me }
        : null,
      chain: mobile.chain,
      chainUnthrottled: local.chain,
    }
  } finally {
    await browser.close()
  }
}

/**
 * The invoice list of the client with 5,000 invoices: first render, and the Status filter.
 * @param {{ origin: string, server: ServerProcess, runs: number, command: string, log: (line: string) => void }} options
 * @returns {Promise<LargeClientResults>}
 */
export async function measureLargeClient({ origin, server, runs, command, log }) {
  await server.reset({ largeInvoiceCount: LARGE_INVOICE_COUNT })
  const browser = await launchChromium()
  try {
    const chromium = await chromiumVersion(browser)
    const page = await browser.newPage()
    await addProbes(page)
    await page.setCookie({ name: 'bench_user', value: 'user_large', url: origin })
    await signIn(page, origin)
    await waitUntilSettled(page)

    /** @type {number[]} */
    const firstRender = []
    /** @type {number[]} */
    const filtering = []
    let listed = NaN
    for (let run = 1; run <= runs; run++) {
      await page.goto(`${origin}/invoices`, { waitUntil: 'domcontentloaded' })
      const rowAt = await waitForMark(page, 'firstInvoiceRow')
      await waitUntilSettled(page)
      // The list must be the large client's: "Showing 50 of N invoices" (drafts are never listed).
      listed = await page.evaluate(() => {
        const count = [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent ?? '').find((t) => /^Showing /.test(t))
        return Number(/ of ([\d,]+) invoices?/.exec(count ?? '')?.[1]?.replace(/,/g, '') ?? NaN)
      })
      if (!(listed > 1000)) throw new Error(`/invoices lists ${listed} invoices: not the large client's ${LARGE_INVOICE_COUNT}`)

      const status = await page.evaluateHandle(() => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Status')
        const control = label?.control
        if (!(control instanceof HTMLSelectElement)) throw new Error('no "Status" select on /invoices')
        return control
      })
      const overdue = await status.evaluate((select) => [...select.options].find((o) => o.text.trim() === 'Overdue')?.value)
      if (overdue === undefined) throw new Error('the Status select has no "Overdue" option')
      await page.evaluate(() => /** @type {ProbedWindow} */ (window).__bench?.armFilter())
      await status.select(overdue)
      const updatedAt = await waitForMark(page, 'filterApplied')
      const changedAt = await page.evaluate(() => /** @type {ProbedWindow} */ (window).__bench?.filterStart() ?? null)
      if (changedAt === null) throw new Error('the Status select fired no change event')
      await status.dispose()

      firstRender.push(round1(rowAt))
      filtering.push(round1(updatedAt - changedAt))
      log(`  large client run ${run}/${runs}: first row ${round1(rowAt)} ms, filter → updated ${round1(updatedAt - changedAt)} ms`)
    }
    return {
      measured: measuredNow(command, chromium),
      method: LARGE_METHOD,
      invoiceCount: figure(LARGE_INVOICE_COUNT, 'invoices (seeded)'),
      invoicesListed: figure(listed, 'invoices (the list\'s own count, drafts excluded)'),
      firstRender: { ...figure(round1(median(firstRender)), 'ms (median)'), runs: firstRender },
      filterToUpdated: { ...figure(round1(median(filtering)), 'ms (median)'), runs: filtering, filter: 'Status: Overdue' },
    }
  } finally {
    await browser.close()
  }
}
