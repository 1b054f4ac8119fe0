import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { startFlow } from 'lighthouse'
import { chromiumVersion, launchChromium, signIn } from './browser.mjs'
import { BENCH_DIR, figure, measuredNow, ROOT } from './results.mjs'

/**
 * @typedef {import('./results.mjs').LighthouseResults} LighthouseResults
 * @typedef {import('./results.mjs').FailedAudit} FailedAudit
 * @typedef {import('lighthouse').Result} Lhr
 */

export const LIGHTHOUSE_METHOD =
  "Lighthouse 12.2.3 user flow on Debian's Chromium, default (mobile) config: Moto G Power emulation and simulated " +
  'slow 4G / 4× CPU throttling. In one tab the client signs in (sign-in page → "Sign in" → the benchmark ' +
  'server approves → overview), then flow.navigate("/") with storage reset off, so sessionStorage keeps the ' +
  'refresh token; the HTTP cache is cleared just before, so the app loads cold. Production build, mocking off, ' +
  'the fake API over HTTP on 127.0.0.1 (mocks/http-server.ts), files served as a plain nginx would (gzip 6, the ' +
  "build's security headers). Three runs, each in a fresh browser: performance figures from the run with the " +
  'median performance score, accessibility and best practices the lowest of the three.'

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

/**
 * One Lighthouse flow in a fresh browser: sign in, then measure the overview.
 * @param {string} origin
 * @param {(line: string) => void} log
 * @returns {Promise<{ lhr: Lhr, html: string, chromium: string }>}
 */
async function lighthouseOnce(origin, log) {
  const browser = await launchChromium()
  try {
    const chromium = await chromiumVersion(browser)
    const page = await browser.newPage()
    await signIn(page, origin)

    const flow = await startFlow(page, {
      name: 'A signed-in client opens the overview',
      flags: { onlyCategories: ['performance', 'accessibility', 'best-practices'], logLevel: 'error' },
    })
    const cdp = await page.createCDPSession()
    await cdp.send('Network.clearBrowserCache')
    await cdp.detach()
    await flow.navigate(`${origin}/`, { disableStorageReset: true })

    // The measured page must be the signed-in overview, not a redirect to the sign-in page.
    const heading = await page.$eval('h1', (h) => h.textContent?.trim() ?? '')
    const path = new URL(page.url()).pathname
    if (heading !== 'Overview' || path !== '/') {
      throw new Error(`Lighthouse measured "${heading}" at ${path}, not the signed-in overview`)
    }
    const lhr = (await flow.createFlowResult()).steps[0]?.lhr
    if (!lhr) throw new Error('the Lighthouse flow has no navigation step')
    const performance = lhr.categories.performance?.score ?? NaN
    log(`  Lighthouse: performance ${Math.round(performance * 100)}, accessibility ${Math.round((lhr.categories.accessibility?.score ?? NaN) * 100)}, best practices ${Math.round((lhr.categories['best-practices']?.score ?? NaN) * 100)}`)
    return { lhr, html: await flow.generateReport(), chromium }
  } finally {
    await browser.close()
  }
}

/**
 * Lighthouse `runs` times, each in a fresh browser. Performance figures are those of the run with the
 * median performance score; accessibility and best practices are the lowest of the runs, so a
 * problem that shows in one run only is not hidden.
 * @param {{ origin: string, runs: number, command: string, log: (line: string) => void }} options
 * @returns {Promise<LighthouseResults>}
 */
export async function runLighthouse({ origin, runs, command, log }) {
  /** @type {Array<{ lhr: Lhr, html: string, chromium: string }>} */
  const all = []
  for (let run = 1; run <= runs; run++) {
    log(`  Lighthouse run ${run}/${runs}…`)
    all.push(await lighthouseOnce(origin, log))
  }
  const byPerformance = [...all].sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0))
  const median = /** @type {{ lhr: Lhr, html: string, chromium: string }} */ (byPerformance[Math.floor(byPerformance.length / 2)])
  const { lhr, chromium } = median
  /** @param {string} id */
  const worst = (id) => all.map(({ lhr: each }) => score(each, id)).reduce((a, b) => (b.value < a.value ? b : a))
  /** @param {string} id */
  const perRun = (id) => all.map(({ lhr: each }) => score(each, id).value)

  const outDir = join(BENCH_DIR, '.tmp')
  mkdirSync(outDir, { recursive: true })
  const report = join(outDir, 'lighthouse-overview.html')
  writeFileSync(report, median.html)
  writeFileSync(join(outDir, 'lighthouse-overview.json'), JSON.stringify(lhr))

  const lcpAudit = /** @type {{ details?: { items?: Array<{ items?: Array<{ node?: { snippet?: string } }> }> } } | undefined} */ (
    lhr.audits['largest-contentful-paint-element']
  )
  const lcpElement = lcpAudit?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null
  /** @param {string} id @param {number} [scale] */
  const metric = (id, scale = 1) => all.map(({ lhr: each }) => Math.round(numeric(each, id) * scale))

  return {
    measured: { ...measuredNow(command, chromium), lighthouse: lhr.lighthouseVersion, benchmarkIndex: lhr.environment.benchmarkIndex ?? null },
    method: LIGHTHOUSE_METHOD,
    url: '/',
    runs: runs,
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
    lcpElement,
    auditsBelowFull: {
      performance: auditsBelowFull(lhr, 'performance'),
      accessibility: all.flatMap(({ lhr: each }) => auditsBelowFull(each, 'accessibility')),
      bestPractices: all.flatMap(({ lhr: each }) => auditsBelowFull(each, 'best-practices')),
    },
    auditErrors: auditErrors(lhr),
    runWarnings: lhr.runWarnings.map(String),
    report: relative(ROOT, report),
  }
}
