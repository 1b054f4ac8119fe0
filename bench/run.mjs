/*
 * The portal's speed and size, measured: `npm run bench` (everything, a few minutes) and
 * `npm run bench:size` (--size-only: the two builds and the byte counts, well under a minute).
 * Prints a table and writes bench/results.json; `npm run bench:check` holds it to bench/budgets.json.
 *
 *   --ablation         Lighthouse also on builds with the first-load changes switched off one at a
 *                      time (bench/lib/variants.mjs), every run taken in turn with the others' and the
 *                      floor's (about 6 × 5 Lighthouse runs more)
 *   --lighthouse-only  sizes and Lighthouse, without the overview and large-client timings
 *   --exports-only     sizes and the large client's statement and month zip only
 *   --runs <n>         Lighthouse runs per page (default 5)
 *   --cross-origin-api with --lighthouse-only: the pages (the portal's and the floor's) are opened at
 *                      http://localhost:<port> and call the fake API at http://127.0.0.1:<port>, another
 *                      origin, as the real API is: CORS preflights and connections of its own
 *   --applied-throttling with --lighthouse-only: Lighthouse's throttlingMethod "devtools", Chromium throttling
 *                      the load itself at Lighthouse's settings for slow 4G, instead of the default
 *                      simulation; the metrics are what the page did
 *   --variants <list>  with --ablation, only these variants besides "all" (comma-separated names of
 *                      bench/lib/variants.mjs, e.g. "none,shell only")
 *
 * Builds go to a scratch folder outside the project and are removed at the end; every process this
 * starts (the fake API server, Chromium) is stopped at the end, on an error, and on Ctrl-C.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { assertNoMockCode, servedBuildEnv, viteBuild } from './lib/build.mjs'
import { closeAllBrowsers, killAllBrowsers } from './lib/browser.mjs'
import { FLOOR_BASE } from './lib/floor.mjs'
import { floorTarget, lighthouseMethod, machineLoad, portalTarget, ratioOfMedians, runLighthouseSeries } from './lib/lighthouse.mjs'
import { formatReport } from './lib/report.mjs'
import { BENCH_DIR, measuredNow, RESULTS_PATH, ROOT, writeResults } from './lib/results.mjs'
import { startServerProcess } from './lib/server-process.mjs'
import { measureSizes } from './lib/sizes.mjs'
import { measureExports } from './lib/exports-timings.mjs'
import { EMULATED_RTT_MS, measureLargeClient, measureOverview } from './lib/timings.mjs'
import { floorPlugin, variantPlugin, VARIANTS } from './lib/variants.mjs'

/**
 * @typedef {import('./lib/results.mjs').LighthouseSeries} LighthouseSeries
 * @typedef {import('./lib/results.mjs').AblationVariant} AblationVariant
 * @typedef {import('./lib/variants.mjs').Variant} Variant
 */

const { values: flags } = parseArgs({
  options: {
    'size-only': { type: 'boolean', default: false },
    ablation: { type: 'boolean', default: false },
    'lighthouse-only': { type: 'boolean', default: false },
    'exports-only': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    variants: { type: 'string' },
    'cross-origin-api': { type: 'boolean', default: false },
    'applied-throttling': { type: 'boolean', default: false },
  },
})
const sizeOnly = Boolean(flags['size-only'])
const command = sizeOnly ? 'npm run bench:size' : `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`
const RUNS = 7
const LIGHTHOUSE_RUNS = Number(flags.runs)
const crossOriginApi = Boolean(flags['cross-origin-api'])
// The timings' request recorder reads the API on the app's own origin.
if (crossOriginApi && !flags['lighthouse-only']) throw new Error('--cross-origin-api goes with --lighthouse-only')
/** @type {import('./lib/lighthouse.mjs').ThrottlingMethod} */
const throttling = flags['applied-throttling'] ? 'devtools' : 'simulate'
// Like --cross-origin-api, a view beside the budgeted figures: its results replace only the Lighthouse part.
if (throttling === 'devtools' && !flags['lighthouse-only']) throw new Error('--applied-throttling goes with --lighthouse-only')
/** The large client's overview pages through every invoice: about 7 s a load at 150 ms of latency, so fewer runs. */
const LARGE_OVERVIEW_RUNS = 5
/** The large client's statement and month zip take tens of seconds each: three runs. */
const EXPORTS_RUNS = 3

const started = Date.now()
/** @param {string} line */
const log = (line) => console.error(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`)

/*
 * Everything started is stopped: `cleanUp` closes it in order (at the end, on an error, on SIGINT or
 * SIGTERM); if the process exits some other way, the 'exit' handler kills what is left synchronously.
 */
/** @type {Array<() => Promise<void> | void>} */
const cleanups = []
/** @type {Array<() => void>} */
const onExit = [killAllBrowsers]
async function cleanUp() {
  await closeAllBrowsers()
  for (const task of cleanups.splice(0).reverse()) await Promise.resolve(task()).catch(() => undefined)
}
process.on('exit', () => onExit.forEach((task) => task()))
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    log(`${signal}: stopping`)
    void cleanUp().finally(() => process.exit(130))
  })
}

/**
 * A server (the fake API and the app, on a port of its own) serving the portal built as `variant`
 * is, and with `withFloor` the floor under /floor/ beside it.
 * @param {string} tmp
 * @param {string} name
 * @param {Variant} variant
 * @param {boolean} withFloor
 */
async function servedBuild(tmp, name, variant, withFloor) {
  const served = join(tmp, `served-${name.replace(/[^a-z0-9]+/gi, '-')}`)
  mkdirSync(served)
  const server = await startServerProcess({ distDir: served })
  cleanups.push(() => server.stop())
  onExit.push(() => server.kill())
  const { origin } = server
  log(`${name}: fake API and app server on ${origin}; building the app for it…`)
  const emptyEnvDir = join(tmp, 'no-env')
  // The build that it serves is made for that origin. With --cross-origin-api the pages are opened on
  // another name for the same server, so the API is on an origin of its own (the server answers CORS
  // for any origin but its own).
  const env = servedBuildEnv(origin)
  await viteBuild({ root: ROOT, outDir: served, emptyEnvDir, env, plugins: [variantPlugin(variant)] })
  if (withFloor) {
    await viteBuild({ root: join(BENCH_DIR, 'floor'), outDir: join(served, 'floor'), emptyEnvDir, env, base: FLOOR_BASE, plugins: [floorPlugin()] })
    // The floor is the stack as Vite builds it: none of the portal's first-load changes in its page.
    if (readFileSync(join(served, 'floor', 'index.html'), 'utf8').includes('fetchpriority')) throw new Error("the floor's index.html carries the portal's fetch priorities (bench/lib/variants.mjs floorPlugin)")
  }
  assertNoMockCode(served)
  return server
}

/** Where the benchmark opens the pages of a server: its own origin, or another with --cross-origin-api. */
const pageOrigin = (/** @type {string} */ origin) => (crossOriginApi ? origin.replace('//127.0.0.1:', '//localhost:') : origin)

/**
 * @param {LighthouseSeries} portal
 * @param {LighthouseSeries} floor
 * @param {Variant} changes
 * @returns {AblationVariant}
 */
const ablationFigures = (portal, floor, changes) => ({
  changes,
  performance: portal.performance,
  lcp: portal.lcp,
  fcp: portal.fcp,
  cls: portal.cls,
  tbt: portal.tbt,
  lcpToFloor: ratioOfMedians(portal.lcp.runs, floor.lcp.runs, 'LCP'),
  fcpToFloor: ratioOfMedians(portal.fcp.runs, floor.fcp.runs, 'FCP'),
  lcpElement: portal.lcpElement,
})

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'nextoria-bench-'))
  const removeTmp = () => rmSync(tmp, { recursive: true, force: true })
  cleanups.push(removeTmp)
  onExit.push(removeTmp)

  log('building the portal and the stack floor (production, mocking off) and measuring their JavaScript…')
  const size = await measureSizes(tmp, command)

  if (sizeOnly) return writeResults({ size }, measuredNow(command))

  const server = await servedBuild(tmp, 'portal', /** @type {Variant} */ (VARIANTS.all), !flags['exports-only'])
  const { origin } = server
  const measureExportsNow = () => {
    log(`large client: ${EXPORTS_RUNS} runs of the 12-month statement, then of a month's zip (load: ${machineLoad().uptime})…`)
    return measureExports({ origin, server, runs: EXPORTS_RUNS, command, log })
  }
  if (flags['exports-only']) return writeResults({ size, exports: await measureExportsNow() }, measuredNow(command))

  const chosen = flags.variants?.split(',').map((name) => name.trim())
  const unknown = chosen?.filter((name) => !(name in VARIANTS)) ?? []
  if (unknown.length) throw new Error(`no such variant: ${unknown.join(', ')} (bench/lib/variants.mjs has ${Object.keys(VARIANTS).join(', ')})`)
  const others = flags.ablation ? Object.entries(VARIANTS).filter(([name]) => name !== 'all' && (!chosen || chosen.includes(name))) : []
  const variantTargets = []
  for (const [name, variant] of others) variantTargets.push(portalTarget(pageOrigin((await servedBuild(tmp, name, variant, false)).origin), name))

  const targets = [portalTarget(pageOrigin(origin)), floorTarget(pageOrigin(origin), origin), ...variantTargets]
  log(`Lighthouse, ${LIGHTHOUSE_RUNS} runs on each of ${targets.map((t) => t.name).join(', ')}, in turn…`)
  const { series: measured, load } = await runLighthouseSeries({ targets, runs: LIGHTHOUSE_RUNS, command, log, throttling })
  const portal = /** @type {LighthouseSeries} */ (measured.get('portal'))
  const floor = /** @type {LighthouseSeries} */ (measured.get('floor'))
  const lighthouse = {
    ...portal,
    load,
    floor,
    toFloor: { lcp: ratioOfMedians(portal.lcp.runs, floor.lcp.runs, 'LCP'), fcp: ratioOfMedians(portal.fcp.runs, floor.fcp.runs, 'FCP') },
  }
  const lighthouseAblation = flags.ablation
    ? {
        measured: measuredNow(command, portal.measured.chromium),
        method:
          'The same Lighthouse runs, on builds of the portal with the first-load changes switched off (bench/lib/variants.mjs): ' +
          'all (the portal as it is), none, and each change alone; each build on a server of its own, every run taken in ' +
          'turn with the others and the floor. Ratios are of medians to the floor of the same run. ' +
          lighthouseMethod(throttling),
        runs: LIGHTHOUSE_RUNS,
        load,
        floor: { lcp: floor.lcp, fcp: floor.fcp, performance: floor.performance },
        variants: Object.fromEntries(
          /** @type {Array<[string, Variant]>} */ ([['all', VARIANTS.all], ...others]).map(([name, changes]) => [
            name,
            ablationFigures(/** @type {LighthouseSeries} */ (measured.get(name === 'all' ? 'portal' : name)), floor, changes),
          ]),
        ),
      }
    : undefined

  if (flags['lighthouse-only']) {
    return writeResults({ size, lighthouse, ...(lighthouseAblation ? { lighthouseAblation } : {}) }, measuredNow(command, portal.measured.chromium))
  }
  log(`overview: ${RUNS} fresh navigations, signed in (load: ${machineLoad().uptime})…`)
  const overview = await measureOverview({ origin, runs: RUNS, command, log })
  log(`large client: ${RUNS} runs on /invoices, then ${LARGE_OVERVIEW_RUNS} on the overview (unthrottled and at ${EMULATED_RTT_MS} ms RTT)…`)
  const largeClient = await measureLargeClient({ origin, server, runs: RUNS, command, log, overview: { runs: LARGE_OVERVIEW_RUNS } })
  const exports = await measureExportsNow()

  return writeResults(
    { size, lighthouse, overview, largeClient, exports, ...(lighthouseAblation ? { lighthouseAblation } : {}) },
    measuredNow(command, portal.measured.chromium),
  )
}

try {
  const results = await main()
  await cleanUp()
  console.log(`\n${formatReport(results, { sizeOnly, ablation: Boolean(flags.ablation) })}\n`)
  log(`done; figures written to ${RESULTS_PATH.replace(ROOT, '')}`)
} catch (error) {
  await cleanUp()
  console.error(error)
  process.exitCode = 1
}
