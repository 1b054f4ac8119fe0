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
  "Lighthouse's mobile RTT); the budgeted round-trip count is the longest chain of those runs and the budgeted " +
  'request count the most requests of those runs (token refresh included, CORS preflights not counted); the ' +
  'unthrottled ones are reported beside them.'

export const LARGE_METHOD =
  'Same build and server, seeded with resetDb({ largeInvoiceCount: 5000 }) and signed in as the large client ' +
  '(bench_user cookie). Each run navigates the tab to /invoices afresh. First render: navigation start → first ' +
  'invoice table row committed and visible. Filter: the change event of the Status select (Overdue) → the first ' +
  'commit where the rows differ from before, every row\'s Status is Overdue and nothing is aria-busy (the ' +
  'per-currency summary, added up from every page of the overdue list, included); filter → rows: the same rows ' +
  'with the table no longer under an aria-busy element, whether or not the summary is still adding up.'

export const LARGE_OVERVIEW_METHOD =
  'Same build and server, seeded with resetDb({ largeInvoiceCount: 5000 }), signed in as the large client ' +
  '(bench_user cookie), after the /invoices runs. Each run navigates the tab to "/" afresh (a new document: the ' +
  'access token is refreshed first; the client id is in sessionStorage, so the lists start beside /me). Outstanding ' +
  'balance: navigation start → the first DOM commit where the "Outstanding balance" panel has no skeleton ' +
  '(aria-busy="true" or a "Loading …" status) and shows its figure. Chart: navigation start → the first commit with ' +
  'svg.billing-chart in the "Billing over the last 12 months" panel, the "Total billed" figure shown and nothing ' +
  "aria-busy on the page. Times are the page's own performance.now(). Requests and the longest sequential chain as " +
  'for the ordinary overview (DevTools Protocol events, …/v1/… only, CORS preflights not counted), the most over ' +
  'the runs; in the chain, consecutive pages of one list are shown as one link. Unthrottled, then the same runs ' +
  'with 150 ms of latency added to every request.'

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
    // The ordinary client (the server's default user too), named so that a change of default cannot move the figures.
    await page.setCookie({ name: 'bench_user', value: 'user_ordinary', url: origin })
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
      apiRequests: {
        ...figure(Math.max(...mobile.counts), `requests (most over the runs, ${EMULATED_RTT_MS} ms RTT emulated)`),
        runs: mobile.counts,
      },
      apiRequestsUnthrottled: { ...figure(Math.max(...local.counts), 'requests (most over the runs, unthrottled)'), runs: local.counts },
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
 * The client with 5,000 invoices: the invoice list's first render and its Status filter, then the
 * overview (unless `overview` is false), unthrottled and (unless `withLatency` is false) at EMULATED_RTT_MS.
 * @param {{
 *   origin: string,
 *   server: ServerProcess,
 *   runs: number,
 *   command: string,
 *   log: (line: string) => void,
 *   overview?: false | { runs?: number, withLatency?: boolean },
 * }} options
 * @returns {Promise<LargeClientResults>}
 */
export async function measureLargeClient({ origin, server, runs, command, log, overview = {} }) {
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
    /** @type {number[]} */
    const filteringRows = []
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
      const rowsAt = await waitForMark(page, 'filterRowsShown')
      const changedAt = await page.evaluate(() => /** @type {ProbedWindow} */ (window).__bench?.filterStart() ?? null)
      if (changedAt === null) throw new Error('the Status select fired no change event')
      await status.dispose()

      firstRender.push(round1(rowAt))
      filtering.push(round1(updatedAt - changedAt))
      filteringRows.push(round1(rowsAt - changedAt))
      log(
        `  large client run ${run}/${runs}: first row ${round1(rowAt)} ms, filter → rows ${round1(rowsAt - changedAt)} ms, ` +
          `→ updated (nothing busy) ${round1(updatedAt - changedAt)} ms`,
      )
    }

    const overviewRuns = overview === false ? 0 : (overview.runs ?? runs)
    /** @type {LargeOverviewResults | null} */
    let largeOverview = null
    if (overviewRuns > 0) {
      const recorder = await recordApiRequests(page, (url) => url.startsWith(`${origin}/v1/`))
      const latencies = [0, ...(overview !== false && overview.withLatency === false ? [] : [EMULATED_RTT_MS])]
      /** @type {LargeOverviewPass[]} */
      const passes = []
      for (const latency of latencies) {
        passes.push(await largeOverviewPass({ page, origin, recorder, runs: overviewRuns, latency, log }))
      }
      await page.emulateNetworkConditions(null)
      const [local, mobile] = passes
      largeOverview = {
        method: LARGE_OVERVIEW_METHOD,
        runs: overviewRuns,
        ...summarizeLargeOverview(/** @type {LargeOverviewPass} */ (local), 'unthrottled'),
        atEmulatedRtt: mobile ? summarizeLargeOverview(mobile, `${EMULATED_RTT_MS} ms RTT emulated`) : null,
      }
    }

    return {
      measured: measuredNow(command, chromium),
      method: LARGE_METHOD,
      invoiceCount: figure(LARGE_INVOICE_COUNT, 'invoices (seeded)'),
      invoicesListed: figure(listed, 'invoices (the list\'s own count, drafts excluded)'),
      firstRender: { ...figure(round1(median(firstRender)), 'ms (median)'), runs: firstRender },
      filterToUpdated: { ...figure(round1(median(filtering)), 'ms (median)'), runs: filtering, filter: 'Status: Overdue' },
      filterToRows: { ...figure(round1(median(filteringRows)), 'ms (median)'), runs: filteringRows, filter: 'Status: Overdue' },
      overview: largeOverview,
    }
  } finally {
    await browser.close()
  }
}

/**
 * @typedef {{
 *   latency: number,
 *   outstanding: number[],
 *   chart: number[],
 *   counts: number[],
 *   trips: number[],
 *   chain: ChainGroup[],
 *   lists: Record<string, number>,
 * }} LargeOverviewPass
 * @typedef {import('./results.mjs').ChainGroup} ChainGroup
 * @typedef {import('./results.mjs').LargeOverviewResults} LargeOverviewResults
 */

/**
 * The list a request pages through: its address without the cursor, relative to the origin.
 * @param {ApiRequest} request
 * @param {string} origin
 */
function listUrl(request, origin) {
  const url = new URL(request.url)
  url.searchParams.delete('cursor')
  return decodeURIComponent(url.href.replace(origin, ''))
}

/**
 * A chain with consecutive pages of one list (the same method and address but for `cursor`) as one
 * link; times in ms after the chain's first request.
 * @param {ApiRequest[]} chain
 * @param {string} origin
 * @returns {ChainGroup[]}
 */
export function groupChain(chain, origin) {
  const first = Math.min(...chain.map((r) => r.start))
  /** @type {ChainGroup[]} */
  const groups = []
  for (const request of chain) {
    const url = listUrl(request, origin)
    const end = round1(((request.end ?? request.start) - first) * 1000)
    const last = groups.at(-1)
    if (last && last.method === request.method && last.url === url) {
      last.requests += 1
      last.end = end
    } else {
      groups.push({ method: request.method, url, requests: 1, start: round1((request.start - first) * 1000), end })
    }
  }
  return groups
}

/**
 * `runs` fresh navigations to the overview of the client with 5,000 invoices, with `latency` ms added
 * to every request (0: none).
 * @param {{ page: Page, origin: string, recorder: Awaited<ReturnType<typeof recordApiRequests>>, runs: number, latency: number, log: (line: string) => void }} options
 * @returns {Promise<LargeOverviewPass>}
 */
async function largeOverviewPass({ page, origin, recorder, runs, latency, log }) {
  await page.emulateNetworkConditions(latency ? { download: -1, upload: -1, latency } : null)
  const label = latency ? `${latency} ms RTT` : 'unthrottled'
  /** @type {LargeOverviewPass} */
  const out = { latency, outstanding: [], chart: [], counts: [], trips: [], chain: [], lists: {} }
  let longest = 0
  for (let run = 1; run <= runs; run++) {
    recorder.clear()
    await page.goto(`${origin}/`, { waitUntil: 'domcontentloaded' })
    const chart = await waitForMark(page, 'chartShown', { timeout: 120_000 })
    const outstanding = await waitForMark(page, 'outstandingShown')
    const requests = await recorder.settled()
    const chain = longestSequentialChain(requests)
    out.outstanding.push(round1(outstanding))
    out.chart.push(round1(chart))
    out.counts.push(requests.length)
    out.trips.push(chain.length)
    if (run === 1 || chain.length > longest) {
      longest = chain.length
      out.chain = groupChain(chain, origin)
    }
    /** @type {Record<string, number>} */
    const lists = {}
    for (const request of requests) {
      const list = `${request.method} ${listUrl(request, origin)}`
      lists[list] = (lists[list] ?? 0) + 1
    }
    out.lists = lists
    log(
      `  large client overview ${label} run ${run}/${runs}: outstanding balance ${round1(outstanding)} ms, chart ${round1(chart)} ms, ` +
        `${requests.length} API requests, ${chain.length} sequential round trips`,
    )
  }
  return out
}

/**
 * @param {LargeOverviewPass} pass
 * @param {string} how e.g. "unthrottled"
 * @returns {import('./results.mjs').LargeOverviewFigures}
 */
function summarizeLargeOverview(pass, how) {
  return {
    outstandingShown: { ...figure(round1(median(pass.outstanding)), `ms (median, ${how})`), runs: pass.outstanding },
    chartShown: { ...figure(round1(median(pass.chart)), `ms (median, ${how})`), runs: pass.chart },
    apiRequests: { ...figure(Math.max(...pass.counts), `requests (most over the runs, ${how})`), runs: pass.counts },
    sequentialRoundTrips: { ...figure(Math.max(...pass.trips), `round trips (longest over the runs, ${how})`), runs: pass.trips },
    requestsByList: pass.lists,
    chain: pass.chain,
  }
}
