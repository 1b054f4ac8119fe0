import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Connect, Plugin } from 'vite'

const WORKER_PATH = '/mockServiceWorker.js'

/*
 * Serves msw's service worker straight from the installed package, so it always matches the msw
 * version and never sits in public/, where every production build would copy it.
 */
function readWorker(): string {
  return readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8')
}

const serveWorker: Connect.NextHandleFunction = (req, res, next) => {
  if (req.url?.split('?')[0] !== WORKER_PATH) return next()
  res.setHeader('Content-Type', 'text/javascript')
  res.end(readWorker())
}

/** @param emitInBuild only for builds that run on the fake API (browser tests of a mock build). */
export function mockServiceWorker(emitInBuild: boolean): Plugin {
  return {
    name: 'nextoria:mock-service-worker',
    configureServer: (server) => void server.middlewares.use(serveWorker),
    generateBundle() {
      if (emitInBuild) this.emitFile({ type: 'asset', fileName: WORKER_PATH.slice(1), source: readWorker() })
    },
  }
}
