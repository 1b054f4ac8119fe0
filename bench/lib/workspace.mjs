import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { killAllBrowsers } from './browser.mjs'

/**
 * A scratch folder for a comparison script's builds, and the list of the servers it starts: when the
 * process exits, however it ends, its browsers are killed, then the servers, then the folder removed.
 * @param {string} prefix
 */
export function scratchWorkspace(prefix) {
  const tmp = mkdtempSync(join(tmpdir(), prefix))
  /** @type {import('./server-process.mjs').ServerProcess[]} */
  const servers = []
  process.on('exit', () => {
    killAllBrowsers()
    servers.forEach((server) => server.kill())
    rmSync(tmp, { recursive: true, force: true })
  })
  return { tmp, servers }
}
