import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, relative } from 'node:path'
import { startFlow } from 'lighthouse'
import { chromiumVersion, launchChromium, signIn } from './browser.mjs'
import { FLOOR_PATH, FLOOR_TOKEN_KEY, floorAccessToken } from './floor.mjs'
import { BENCH_DIR, figure, measuredNow, median, ROOT } from './results.mjs'

/**
 * @typedef {import('./results.mjs').LighthouseSeries} LighthouseSeries
 * @typedef {import('./results.mjs').MachineLoad} MachineLoad
 * @typedef {import('./results.mjs').FailedAudit} FailedAudit
 * @typedef {import('lighthouse').Result} Lhr
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {{ lhr: Lhr, html: string, chromium: string, load1: number, observedLcp: string | null }} Run
 * @typedef {{
 *   name: string,
 *   origin: string,
 *   path: string,
 *   prepare(page: Page): Promise<void>,
 *   check(page: Page): Promise<string | null>,
 * }} Target
 */

/**
 * How Lighthouse throttles: "simulate", its default (the page loads unthrottled and Lantern computes the
 * metrics for slow 4G from the trace), or "devtools" (`npm run bench -- --lighthouse-only
 * --applied-throttling`: Chromium itself throttles the load, and the metrics are what the page did).
 * @typedef {'simulate' | 'devtools'} ThrottlingMethod
 */

/** @type {Record<ThrottlingMethod, string>} */
const THROTTLING_WORDS = {
  simulate: 'simulated slow 4G / 4× CPU throttling',
  devtools:
    "applied throttling (throttlingMethod \"devtools\": Chromium's own, at Lighthouse's settings for slow 4G, 562.5 ms " +
    'of latency per request, 1,474.6 kbit/s down, 675 kbit/s up, 4× CPU; the metrics are measured, not simulated)',
}

/** @param {ThrottlingMethod} throttling */
export const lighthouseMethod = (throttling) =>
  `Lighthouse 12.2.3 user flow on Debian's Chromium, default (mobile) config: Moto G Power emulation and ${THROTTLING_WORDS[throttling]}. ` +
  'In one tab the client signs in (sign-in page → "Sign in" → the benchmark ' +
  'server approves → overview), then flow.navigate("/") with storage reset off, so sessionStorage keeps the ' +
  'refresh token; the HTTP cache is cleared just before, so the app loads cold. Production build, mocking off, ' +
  'the fake API over HTTP on 127.0.0.1 (mocks/http-server.ts), files served as a plain nginx would (gzip 6, the ' +
  "build's security headers). Five runs, each in a fresh browser: performance figures from the run with the " +
  'median performance score, accessibility and best practices the lowest of the runs. The stack floor ' +
  '(bench/floor, built under /floor/ into the same directory, so served by the same server with the same ' +
  'headers) is measured the same way, its runs taken in turn with the portal\'s (portal, floor, portal, …) so ' +
  'that a change in the machine\'s load reaches both; it holds an access token the benchmark got for it from ' +
  'the same fake authorization server (sessionStorage) and loads /me, then its one list, from the same fake API. ' +
  "The portal's LCP and FCP are then given as ratios of medians to the floor's. The machine's load average " +
  '(os.loadavg) is noted before and after, and the 1-minute figure beside each run.'

/**
 * The audits of a category that did not get full marks, with a few of their offending items.
 * @param {Lhr} lhr
 * @param {string} categoryId
 * @returns {FailedAudit[]}
 */
function auditsBelowFull(lhr, categoryId) {
  const category = lhr.categories[categoryId]
  if (!category) return []
  return category.auditRefs.flatMap((ref) => {
    const audit = lhr.audits[ref.id]
    if (!audit || audit.score === null || audit.score >= 1 || ref.weight === 0) return []
    const details = /** @type {{ items?: Array<Record<string, unknown>> } | undefined} */ (audit.details)
    const items = (details?.items ?? []).slice(0, 5).map((item) => {
      const node = /** @type {{ selector?: string, snippet?: string } | undefined} */ (item.node)
      const label = node?.selector ?? node?.snippet ?? item.url ?? item.description ?? item.source
      return typeof label === 'string' ? label : JSON.stringify(item).slice(0, 160)
    })
    return [{ id: audit.id, title: audit.title, score: audit.score, details: items }]
  })
}

/**
 * Audits Lighthouse could not run. Lighthouse 12.2.3's trace engine predates this Chromium, and a few
 * trace-based diagnostics fail on its traces; none of them carries weight in a category score, and
 * `weighted` says so for each (a weighted one would make that category's score unreliable).
 * @param {Lhr} lhr
 */
function auditErrors(lhr) {
  const weighted = new Set(
    Object.values(lhr.categories).flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id)),
  )
  return Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === 'error')
    .map((audit) => ({ id: audit.id, weighted: weighted.has(audit.id), message: (audit.errorMessage ?? '').slice(0, 200) }))
}

/**
 * @param {Lhr} lhr
 * @param {string} id
 */
function score(lhr, id) {
  const value = lhr.categories[id]?.score
  if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${id} score`)
  return figure(Math.round(value * 100), 'score (0–100)')
}

/**
 * @param {Lhr} lhr
 * @param {string} id
 */
function numeric(lhr, id) {
  const value = lhr.audits[id]?.numericValue
  if (value === undefined) throw new Error(`Lighthouse gave no value for ${id}`)
  return value
}

/** The machine's load now: os.loadavg() and what `uptime` says. */
export function machineLoad() {
  let uptime = ''
  try {
    uptime = execFileSync('uptime', { encoding: 'utf8' }).trim()
  } catch {
    uptime = '(uptime not available)'
  }
  return { loadavg: loadavg().map((v) => Math.round(v * 100) / 100), uptime }
}

/**
 * The signed-in overview of the portal served at `origin`.
 * @param {string} origin
 * @param {string} [name]
 * @returns {Target}
 */
export function portalTarget(origin, name = 'portal') {
  return {
    name,
    origin,
    path: '/',
    prepare: (page) => signIn(page, origin),
    async check(page) {
      // The measured page must be the signed-in overview, not a redirect to the sign-in page.
      const heading = await page.$eval('h1', (h) => h.textContent?.trim() ?? '').catch(() => '')
      const path = new URL(page.url()).pathname
      return heading === 'Overview' && path === '/' ? null : `measured "${heading}" at ${path}, not the signed-in overview`
    },
  }
}

/**
 * The floor, served under /floor/ by the server at `origin`, with an access token of its own from the
 * server at `apiOrigin` (the same server, under another name when the pages are opened cross-origin).
 * @param {string} origin
 * @param {string} [apiOrigin]
 * @returns {Target}
 */
export function floorTarget(origin, apiOrigin = origin) {
  return {
    name: 'floor',
    origin,
    path: FLOOR_PATH,
    async prepare(page) {
      const token = await floorAccessToken(apiOrigin)
      await page.goto(`${origin}${FLOOR_PATH}`, { waitUntil: 'domcontentloaded' })
      await page.evaluate((key, value) => window.sessionStorage.setItem(key, value), FLOOR_TOKEN_KEY, token)
    },
    async check(page) {
      const items = await page.$$eval('li', (list) => list.length).catch(() => 0)
      const alert = await page.$eval('[role="alert"]', (a) => a.textContent ?? '').catch(() => null)
      return items > 0 ? null : `the floor shows no list${alert ? `: ${alert}` : ''}`
    },
  }
}

/**
 * A Lighthouse navigation of the target in a fresh browser: its preparation (signing in), the HTTP
 * cache cleared, then its page, cold. `use` reads what it needs (the flow's result, the page) while the
 * browser is open; it is closed after, however `use` ends.
 * @template T
 * @param {Target} target
 * @param {{ categories: string[], beforeNavigate?: () => void, throttling?: ThrottlingMethod }} options
 * @param {(run: { browser: import('puppeteer-core').Browser, page: Page, flow: Awaited<ReturnType<typeof startFlow>>, load1: number }) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function lighthouseNavigation(target, { categories, beforeNavigate, throttling = 'simulate' }, use) {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    await target.prepare(page)
    const flow = await startFlow(page, {
      name: `Lighthouse on ${target.name}`,
      flags: { onlyCategories: categories, logLevel: 'error', throttlingMethod: throttling },
    })
    const cdp = await page.createCDPSession()
    await cdp.send('Network.clearBrowserCache')
    await cdp.detach()
    const load1 = Math.round((loadavg()[0] ?? 0) * 100) / 100
    beforeNavigate?.()
    await flow.navigate(`${target.origin}${target.path}`, { disableStorageReset: true })
    return await use({ browser, page, flow, load1 })
  } finally {
    await browser.close()
  }
}

/**
 * One Lighthouse run of the target for the benchmark: its page checked, then the three categories' result.
 * @param {Target} target
 * @param {(line: string) => void} log
 * @param {ThrottlingMethod} throttling
 * @returns {Promise<Run>}
 */
function lighthouseOnce(target, log, throttling) {
  return lighthouseNavigation(target, { categories: ['performance', 'accessibility', 'best-practices'], throttling }, async ({ browser, page, flow, load1 }) => {
    const chromium = await chromiumVersion(browser)
    const problem = await target.check(page)
    if (problem) throw new Error(`Lighthouse on ${target.name}: ${problem}`)
    const observedLcp = await observedLcpElement(page)
    const lhr = (await flow.createFlowResult()).steps[0]?.lhr
    if (!lhr) throw new Error('the Lighthouse flow has no navigation step')
    const pct = (/** @type {number | null | undefined} */ v) => Math.round((v ?? NaN) * 100)
    log(
      `  ${target.name}: performance ${pct(lhr.categories.performance?.score)}, accessibility ${pct(lhr.categories.accessibility?.score)}, ` +
        `best practices ${pct(lhr.categories['best-practices']?.score)}, LCP ${Math.round(numeric(lhr, 'largest-contentful-paint'))} ms, ` +
        `FCP ${Math.round(numeric(lhr, 'first-contentful-paint'))} ms, CLS ${numeric(lhr, 'cumulative-layout-shift').toFixed(3)} (load ${load1})`,
    )
    return { lhr, html: await flow.generateReport(), chromium, load1, observedLcp }
  })
}

/**
 * The page's own last largest-contentful-paint entry (the one Lighthouse's LCP is taken from), as
 * "tag.class: text", for when Lighthouse's own audit of the element cannot run on this Chromium's trace.
 * @param {Page} page
 * @returns {Promise<string | null>}
 */
function observedLcpElement(page) {
  return page
    .evaluate(
      () =>
        new Promise((done) => {
          new PerformanceObserver((list) => {
            const last = /** @type {(PerformanceEntry & { element?: Element | null })[]} */ (list.getEntries()).at(-1)
            const element = last?.element
            if (!element) return done(null)
            const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`
            done(`${name}: ${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)} (at ${Math.round(last.startTime)} ms observed)`)
          }).observe({ type: 'largest-contentful-paint', buffered: true })
          setTimeout(() => done(null), 2_000)
        }),
    )
    .then((value) => (typeof value === 'string' ? value : null))
    .catch(() => null)
}

/**
 * The LCP element's HTML, as the audit names it.
 * @param {Lhr} lhr
 */
function lcpElementOf(lhr) {
  /** @type {unknown} */
  const details = lhr.audits['largest-contentful-paint-element']?.details
  /** @type {string | null} */
  let found = null
  const visit = (/** @type {unknown} */ node) => {
    if (found || typeof node !== 'object' || node === null) return
    const value = /** @type {Record<string, unknown>} */ (node)
    if (value.type === 'node' && typeof value.snippet === 'string') {
      found = value.snippet
      return
    }
    Object.values(value).forEach(visit)
  }
  visit(details)
  return found
}

/**
 * One target's runs as the results' figures. Performance figures are those of the run with the median
 * performance score; accessibility and best practices the lowest of the runs, so a problem that shows
 * in one run only is not hidden.
 * @param {Target} target
 * @param {Run[]} all
 * @param {{ command: string, report: string, throttling: ThrottlingMethod }} options
 * @returns {LighthouseSeries}
 */
function series(target, all, { command, report, throttling }) {
  const byPerformance = [...all].sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0))
  const middle = /** @type {Run} */ (byPerformance[Math.floor(byPerformance.length / 2)])
  const { lhr, chromium } = middle
  /** @param {string} id */
  const worst = (id) => all.map(({ lhr: each }) => score(each, id)).reduce((a, b) => (b.value < a.value ? b : a))
  /** @param {string} id */
  const perRun = (id) => all.map(({ lhr: each }) => score(each, id).value)
  /** @param {string} id @param {number} [scale] */
  const metric = (id, scale = 1) => all.map(({ lhr: each }) => Math.round(numeric(each, id) * scale))

  const outDir = join(BENCH_DIR, '.tmp')
  mkdirSync(outDir, { recursive: true })
  const reportPath = join(outDir, `${report}.html`)
  writeFileSync(reportPath, middle.html)
  writeFileSync(join(outDir, `${report}.json`), JSON.stringify(lhr))

  return {
    measured: { ...measuredNow(command, chromium), lighthouse: lhr.lighthouseVersion, benchmarkIndex: lhr.environment.benchmarkIndex ?? null },
    method: lighthouseMethod(throttling),
    throttlingMethod: throttling,
    url: target.path,
    runs: all.length,
    loadPerRun: all.map((run) => run.load1),
    performance: { ...score(lhr, 'performance'), unit: 'score (0–100), median run', runs: perRun('performance') },
    accessibility: { ...worst('accessibility'), unit: 'score (0–100), lowest of the runs', runs: perRun('accessibility') },
    bestPractices: { ...worst('best-practices'), unit: 'score (0–100), lowest of the runs', runs: perRun('best-practices') },
    lcp: { ...figure(Math.round(numeric(lhr, 'largest-contentful-paint')), 'ms, median run'), runs: metric('largest-contentful-paint') },
    tbt: { ...figure(Math.round(numeric(lhr, 'total-blocking-time')), 'ms, median run'), runs: metric('total-blocking-time') },
    cls: {
      ...figure(Math.round(numeric(lhr, 'cumulative-layout-shift') * 1000) / 1000, 'layout shift score, median run'),
      runs: metric('cumulative-layout-shift', 1000).map((v) => v / 1000),
    },
    fcp: { ...figure(Math.round(numeric(lhr, 'first-contentful-paint')), 'ms, median run'), runs: metric('first-contentful-paint') },
    lcpElement: lcpElementOf(lhr) ?? middle.observedLcp,
    auditsBelowFull: {
      performance: auditsBelowFull(lhr, 'performance'),
      accessibility: all.flatMap(({ lhr: each }) => auditsBelowFull(each, 'accessibility')),
      bestPractices: all.flatMap(({ lhr: each }) => auditsBelowFull(each, 'best-practices')),
    },
    auditErrors: auditErrors(lhr),
    runWarnings: lhr.runWarnings.map(String),
    report: relative(ROOT, reportPath),
  }
}

/**
 * A ratio of the medians of two series' runs.
 * @param {number[]} runs
 * @param {number[]} floorRuns
 * @param {string} what
 */
export const ratioOfMedians = (runs, floorRuns, what) =>
  figure(Math.round((median(runs) / median(floorRuns)) * 1000) / 1000, `ratio (median ${what} ÷ the floor's median, same run)`)

/**
 * Lighthouse `runs` times on each target, each run in a fresh browser, the targets taken in turn
 * (first, second, …, first, second, …) so that the machine's load reaches them all alike.
 * @param {{ targets: Target[], runs: number, command: string, log: (line: string) => void, throttling?: ThrottlingMethod }} options
 * @returns {Promise<{ series: Map<string, LighthouseSeries>, load: { before: MachineLoad, after: MachineLoad } }>}
 */
export async function runLighthouseSeries({ targets, runs, command, log, throttling = 'simulate' }) {
  const before = machineLoad()
  log(`  load before: ${before.uptime}`)
  /** @type {Map<string, Run[]>} */
  const all = new Map(targets.map((target) => [target.name, []]))
  for (let run = 1; run <= runs; run++) {
    for (const target of targets) {
      log(`  Lighthouse run ${run}/${runs} on ${target.name}…`)
      all.get(target.name)?.push(await lighthouseOnce(target, log, throttling))
    }
  }
  const after = machineLoad()
  log(`  load after: ${after.uptime}`)
  const slug = (/** @type {string} */ name) => name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()
  /** @type {Map<string, LighthouseSeries>} */
  const out = new Map()
  for (const target of targets) {
    out.set(target.name, series(target, all.get(target.name) ?? [], { command, report: `lighthouse-${slug(target.name)}`, throttling }))
  }
  return { series: out, load: { before, after } }
}
