/*
 * What the boot's start of a deep link's page saves (src/boot/page-code.ts):
 *
 *   node bench/deep-link.mjs [--runs 7] [--rounds 2]
 *
 * Builds the portal twice, as it is and with that start switched off (bench/lib/variants.mjs,
 * `pageStartOffPlugin`), each on a server of its own, and times a deep link to /invoices, signed in as
 * the ordinary client: navigation start → the first invoice row on screen (the benchmark's
 * `firstInvoiceRow` probe), with the browser's cache off, so that every chunk is fetched as on a first
 * visit, and 150 ms of latency on every request. Each round opens a fresh browser per build, the two
 * builds in turn. Prints every run.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { servedBuildEnv, viteBuild } from './lib/build.mjs'
import { addProbes, closeAllBrowsers, launchChromium, signIn, waitForMark } from './lib/browser.mjs'
import { machineLoad } from './lib/lighthouse.mjs'
import { ROOT } from './lib/results.mjs'
import { startServerProcess } from './lib/server-process.mjs'
import { EMULATED_RTT_MS } from './lib/timings.mjs'
import { pageStartOffPlugin } from './lib/variants.mjs'
import { scratchWorkspace } from './lib/workspace.mjs'

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '7' }, rounds: { type: 'string', default: '2' } } })
const BUILDS = /** @type {const} */ ([
  ['as it is', []],
  ['without the page start', [pageStartOffPlugin()]],
])

const { tmp, servers } = scratchWorkspace('nextoria-deep-link-')

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

try {
  /** @type {Array<{ name: string, origin: string, runs: number[] }>} */
  const built = []
  for (const [name, plugins] of BUILDS) {
    const served = join(tmp, name.replace(/\W+/g, '-'))
    mkdirSync(served)
    const server = await startServerProcess({ distDir: served })
    servers.push(server)
    await viteBuild({ root: ROOT, outDir: served, emptyEnvDir: join(tmp, 'no-env'), env: servedBuildEnv(server.origin), plugins: [...plugins] })
    built.push({ name, origin: server.origin, runs: [] })
  }
  console.log(`load before: ${machineLoad().uptime}`)
  for (let round = 1; round <= Number(flags.rounds); round++) {
    for (const build of built) {
      const browser = await launchChromium()
      try {
        const page = await browser.newPage()
        await addProbes(page)
        await page.setCookie({ name: 'bench_user', value: 'user_ordinary', url: build.origin })
        await signIn(page, build.origin)
        await page.setCacheEnabled(false)
        await page.emulateNetworkConditions({ download: -1, upload: -1, latency: EMULATED_RTT_MS })
        for (let run = 1; run <= Number(flags.runs); run++) {
          await page.goto(`${build.origin}/invoices`, { waitUntil: 'domcontentloaded' })
          build.runs.push(Math.round(await waitForMark(page, 'firstInvoiceRow')))
        }
      } finally {
        await browser.close()
      }
      console.log(`${build.name.padEnd(24)} round ${round}: ${build.runs.slice(-Number(flags.runs)).join(', ')} ms`)
    }
  }
  console.log(`load after: ${machineLoad().uptime}`)
  for (const { name, runs } of built) console.log(`${name.padEnd(24)} median ${median(runs)} ms of ${runs.length} runs (${Math.min(...runs)}–${Math.max(...runs)})`)
} finally {
  await closeAllBrowsers()
  for (const server of servers) await server.stop()
}
