/*
 * The portal's speed and size, measured: `npm run bench` (everything, a few minutes) and
 * `npm run bench:size` (--size-only: the two builds and the byte counts, well under a minute).
 * Prints a table and writes bench/results.json; `npm run bench:check` holds it to bench/budgets.json.
 *
 * Builds go to a scratch folder outside the project and are removed at the end; every process this
 * starts (the fake API server, Chromium) is stopped at the end, on an error, and on Ctrl-C.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { assertNoMockCode, viteBuild } from './lib/build.mjs'
import { closeAllBrowsers, killAllBrowsers } from './lib/browser.mjs'
import { runLighthouse } from './lib/lighthouse.mjs'
import { formatReport } from './lib/report.mjs'
import { measuredNow, RESULTS_PATH, ROOT, writeResults } from './lib/results.mjs'
import { startServerProcess } from './lib/server-process.mjs'
import { measureSizes } from './lib/sizes.mjs'
import { EMULATED_RTT_MS, measureLargeClient, measureOverview } from './lib/timings.mjs'

const sizeOnly = process.argv.includes('--size-only')
const command = sizeOnly ? 'npm run bench:size' : 'npm run bench'
const RUNS = 7
const LIGHTHOUSE_RUNS = 3
/** The large client's overview pages through every invoice: about 7 s a load at 150 ms of latency, so fewer runs. */
const LARGE_OVERVIEW_RUNS = 5

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

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'nextoria-bench-'))
  const removeTmp = () => rmSync(tmp, { recursive: true, force: true })
  cleanups.push(removeTmp)
  onExit.push(removeTmp)

  log('building the portal and the stack floor (production, mocking off) and measuring their JavaScript…')
  const size = await measureSizes(tmp, command)

  if (sizeOnly) return writeResults({ size }, measuredNow(command))

  // The server picks its own free port on 127.0.0.1; the build that it serves is then made for that origin.
  const served = join(tmp, 'served')
  mkdirSync(served)
  const server = await startServerProcess({ distDir: served })
  cleanups.push(() => server.stop())
  onExit.push(() => server.kill())
  const { origin } = server
  log(`fake API and app server on ${origin}; building the app for it…`)
  await viteBuild({
    root: ROOT,
    outDir: served,
    emptyEnvDir: join(tmp, 'no-env'),
    env: {
      VITE_API_BASE_URL: `${origin}/v1`,
      VITE_OAUTH_AUTHORIZE_URL: `${origin}/oauth/authorize`,
      VITE_OAUTH_TOKEN_URL: `${origin}/v1/oauth/token`,
      VITE_OAUTH_REVOKE_URL: `${origin}/v1/oauth/revoke`,
      VITE_OAUTH_CLIENT_ID: 'bench',
    },
  })
  assertNoMockCode(served)

  log(`Lighthouse, ${LIGHTHOUSE_RUNS} runs…`)
  const lighthouse = await runLighthouse({ origin, runs: LIGHTHOUSE_RUNS, command, log })
  log(`overview: ${RUNS} fresh navigations, signed in…`)
  const overview = await measureOverview({ origin, runs: RUNS, command, log })
  log(`large client: ${RUNS} runs on /invoices, then ${LARGE_OVERVIEW_RUNS} on the overview (unthrottled and at ${EMULATED_RTT_MS} ms RTT)…`)
  const largeClient = await measureLargeClient({ origin, server, runs: RUNS, command, log, overview: { runs: LARGE_OVERVIEW_RUNS } })

  return writeResults({ size, lighthouse, overview, largeClient }, measuredNow(command, lighthouse.measured.chromium))
}

try {
  const results = await main()
  await cleanUp()
  console.log(`\n${formatReport(results, { sizeOnly })}\n`)
  log(`done; figures written to ${RESULTS_PATH.replace(ROOT, '')}`)
} catch (error) {
  await cleanUp()
  console.error(error)
  process.exitCode = 1
}
