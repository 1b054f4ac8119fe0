// The exports' timings on their own: `node bench/exports.mjs [--runs N]`. Builds the app for a fresh
// fake-API server (as bench/run.mjs does), measures bench/lib/exports-timings.mjs, prints the figures
// as JSON, and stops everything it started. bench/run.mjs can call measureExports the same way.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { assertNoMockCode, viteBuild } from './lib/build.mjs'
import { closeAllBrowsers } from './lib/browser.mjs'
import { measureExports } from './lib/exports-timings.mjs'
import { ROOT } from './lib/results.mjs'
import { startServerProcess } from './lib/server-process.mjs'

const runsAt = process.argv.indexOf('--runs')
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3
const log = (/** @type {string} */ line) => console.error(line)

const tmp = mkdtempSync(join(tmpdir(), 'nextoria-bench-exports-'))
const served = join(tmp, 'served')
mkdirSync(served)
mkdirSync(join(tmp, 'no-env'))
const server = await startServerProcess({ distDir: served })
try {
  const { origin } = server
  log(`fake API and app server on ${origin}; building the app for it…`)
  const env = {
    VITE_API_BASE_URL: `${origin}/v1`,
    VITE_OAUTH_AUTHORIZE_URL: `${origin}/oauth/authorize`,
    VITE_OAUTH_TOKEN_URL: `${origin}/v1/oauth/token`,
    VITE_OAUTH_REVOKE_URL: `${origin}/v1/oauth/revoke`,
    VITE_OAUTH_CLIENT_ID: 'bench',
  }
  await viteBuild({ root: ROOT, outDir: served, emptyEnvDir: join(tmp, 'no-env'), env })
  assertNoMockCode(served)
  const results = await measureExports({ origin, server, runs, command: `node bench/exports.mjs --runs ${runs}`, log })
  console.log(JSON.stringify(results, null, 2))
} finally {
  await closeAllBrowsers()
  await server.stop()
  rmSync(tmp, { recursive: true, force: true })
}
