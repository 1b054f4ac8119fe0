/*
 * What the boot's early requests save in a real browser, which Lighthouse's simulation does not show:
 *
 *   node bench/early-fetch.mjs [--runs 7] [--rounds 2]
 *
 * Builds the portal twice, as it is and without the early requests (bench/lib/variants.mjs, "all but
 * early fetch"), each on a server of its own, and times the signed-in overview on each as `npm run
 * bench` does (bench/lib/timings.mjs: navigation → fully rendered, unthrottled and at 150 ms of latency
 * on every request), the two builds taken in turn, `rounds` times. Prints every run.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { servedBuildEnv, viteBuild } from './lib/build.mjs'
import { closeAllBrowsers } from './lib/browser.mjs'
import { machineLoad } from './lib/lighthouse.mjs'
import { ROOT } from './lib/results.mjs'
import { startServerProcess } from './lib/server-process.mjs'
import { EMULATED_RTT_MS, measureOverview } from './lib/timings.mjs'
import { variantPlugin, VARIANTS } from './lib/variants.mjs'
import { scratchWorkspace } from './lib/workspace.mjs'

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '7' }, rounds: { type: 'string', default: '2' } } })
const BUILDS = /** @type {const} */ (['all', 'all but early fetch'])

const { tmp, servers } = scratchWorkspace('nextoria-early-fetch-')
try {
  /** @type {Array<[string, string]>} */
  const built = []
  for (const name of BUILDS) {
    const served = join(tmp, name.replace(/\W+/g, '-'))
    mkdirSync(served)
    const server = await startServerProcess({ distDir: served })
    servers.push(server)
    const { origin } = server
    const env = servedBuildEnv(origin)
    const variant = /** @type {import('./lib/variants.mjs').Variant} */ (VARIANTS[name])
    await viteBuild({ root: ROOT, outDir: served, emptyEnvDir: join(tmp, 'no-env'), env, plugins: [variantPlugin(variant)] })
    built.push([name, origin])
  }
  console.log(`load before: ${machineLoad().uptime}`)
  for (let round = 1; round <= Number(flags.rounds); round++) {
    for (const [name, origin] of built) {
      const { wallTime, wallTimeAtEmulatedRtt } = await measureOverview({ origin, runs: Number(flags.runs), command: 'node bench/early-fetch.mjs', log: () => undefined })
      console.log(
        `${name.padEnd(20)} round ${round}: unthrottled median ${wallTime.value} ms (${wallTime.runs.join(', ')}); ` +
          `${EMULATED_RTT_MS} ms RTT median ${wallTimeAtEmulatedRtt.value} ms (${wallTimeAtEmulatedRtt.runs.join(', ')})`,
      )
    }
  }
  console.log(`load after: ${machineLoad().uptime}`)
} finally {
  await closeAllBrowsers()
  for (const server of servers) await server.stop()
}
