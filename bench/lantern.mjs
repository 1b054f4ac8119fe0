/*
 * What Lighthouse's simulation (Lantern) puts on the way to the first and the largest paint:
 *
 *   npm run bench:lantern -- [--runs 3] [--floor]
 *
 * Builds the portal as `npm run bench` does (and the floor with --floor), runs Lighthouse on the signed-in
 * overview, and prints for each run the requests and main-thread tasks of the four simulated graphs,
 * optimistic and pessimistic FCP and LCP, each with its simulated start and end. The metric Lighthouse
 * reports is, for each, the mean of the two graphs' ends. A request is in a graph when it ended before the
 * page's own (unthrottled) paint and, for FCP, had a render-blocking priority; the throughput is shared
 * by every request in flight. This is the view that showed which files and requests the balance waits on;
 * the figures to compare builds by are `npm run bench`'s.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js'
import { servedBuildEnv, viteBuild } from './lib/build.mjs'
import { closeAllBrowsers, killAllBrowsers } from './lib/browser.mjs'
import { FLOOR_BASE } from './lib/floor.mjs'
import { floorTarget, lighthouseNavigation, machineLoad, portalTarget } from './lib/lighthouse.mjs'
import { BENCH_DIR, median, ROOT } from './lib/results.mjs'
import { startServerProcess } from './lib/server-process.mjs'
import { floorPlugin } from './lib/variants.mjs'

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '3' }, floor: { type: 'boolean', default: false } } })
const runs = Number(flags.runs)
const GRAPHS = ['optimisticFirstContentfulPaint', 'pessimisticFirstContentfulPaint', 'optimisticLargestContentfulPaint', 'pessimisticLargestContentfulPaint']

/**
 * What this reads of a Lantern graph node.
 * @typedef {{ type: 'network', request: { resourceType: string, priority: string, transferSize: number, url: string } }
 *   | { type: 'cpu', duration: number, getEvaluateScriptURLs(): Set<string>, didPerformLayout(): boolean }} GraphNode
 */

/**
 * One node of a simulated graph, as a line.
 * @param {GraphNode} node
 * @param {{ startTime: number, endTime: number }} timing
 */
function describe(node, timing) {
  const at = `${String(Math.round(timing.startTime)).padStart(6)}–${String(Math.round(timing.endTime)).padEnd(6)}`
  if (node.type === 'network') {
    const { resourceType, priority, transferSize, url } = node.request
    return `${at} ${resourceType} ${priority} ${transferSize} B ${new URL(url).pathname}${new URL(url).search}`
  }
  const scripts = [...node.getEvaluateScriptURLs()].map((url) => new URL(url).pathname)
  return `${at} main thread ${Math.round(node.duration / 1000)} ms observed${node.didPerformLayout() ? ', layout' : ''}${scripts.length ? `, runs ${scripts.join(' ')}` : ''}`
}

const tmp = mkdtempSync(join(tmpdir(), 'nextoria-lantern-'))
/** @type {import('./lib/server-process.mjs').ServerProcess | null} */
let server = null
process.on('exit', () => {
  killAllBrowsers()
  server?.kill()
  rmSync(tmp, { recursive: true, force: true })
})
try {
  const served = join(tmp, 'served')
  mkdirSync(served)
  server = await startServerProcess({ distDir: served })
  const { origin } = server
  const env = servedBuildEnv(origin)
  const emptyEnvDir = join(tmp, 'no-env')
  await viteBuild({ root: ROOT, outDir: served, emptyEnvDir, env })
  if (flags.floor) {
    await viteBuild({ root: join(BENCH_DIR, 'floor'), outDir: join(served, 'floor'), emptyEnvDir, env, base: FLOOR_BASE, plugins: [floorPlugin()] })
  }
  const targets = [portalTarget(origin), ...(flags.floor ? [floorTarget(origin)] : [])]
  /** @type {Map<string, { fcp: number[], lcp: number[] }>} */
  const seen = new Map(targets.map((target) => [target.name, { fcp: [], lcp: [] }]))
  console.log(`load before: ${machineLoad().uptime}`)
  for (let run = 1; run <= runs; run++) {
    for (const target of targets) {
      // Lantern keeps every simulation's timings by name: only this run's are to be read.
      const beforeNavigate = () => Lantern.Simulation.Simulator.allNodeTimings.clear()
      /** @type {import('lighthouse').Result | undefined} */
      const lhr = await lighthouseNavigation(target, { categories: ['performance'], beforeNavigate }, async ({ flow }) => (await flow.createFlowResult()).steps[0]?.lhr)
      if (!lhr) throw new Error('the Lighthouse flow has no navigation step')
      const fcp = lhr.audits['first-contentful-paint']?.numericValue ?? NaN
      const lcp = lhr.audits['largest-contentful-paint']?.numericValue ?? NaN
      seen.get(target.name)?.fcp.push(fcp)
      seen.get(target.name)?.lcp.push(lcp)
      console.log(`\n${target.name}, run ${run}: FCP ${Math.round(fcp)} ms, LCP ${Math.round(lcp)} ms (load ${machineLoad().loadavg[0]})`)
      for (const label of GRAPHS) {
        const timings = /** @type {Map<GraphNode, { startTime: number, endTime: number }> | undefined} */ (/** @type {unknown} */ (Lantern.Simulation.Simulator.allNodeTimings.get(label)))
        if (!timings) continue
        const nodes = [...timings].sort((a, b) => a[1].startTime - b[1].startTime)
        console.log(`  ${label}: ends at ${Math.round(Math.max(...nodes.map(([, t]) => t.endTime)))} ms`)
        for (const [node, timing] of nodes) console.log(`    ${describe(node, timing)}`)
      }
    }
  }
  console.log(`\nload after: ${machineLoad().uptime}`)
  for (const [name, { fcp, lcp }] of seen) console.log(`${name}: median FCP ${Math.round(median(fcp))} ms, median LCP ${Math.round(median(lcp))} ms over ${fcp.length} runs`)
} finally {
  await closeAllBrowsers()
  await server?.stop()
}
