/*
 * Runs mocks/http-server.ts (the fake API over HTTP, plus a built app) in its own process.
 *
 *   node bench/serve.mjs --dist <built app> [--port 0] [--user <user id>] [--large-invoices <n>]
 *
 * Node 20 cannot run TypeScript, so the module is loaded with Vite's runnerImport (Vite is already
 * the project's build tool; no other TS runner is installed). The benchmark forks this file and talks
 * to it over IPC ({ type: 'reset' }); when the benchmark goes away (the IPC channel closes) or on
 * SIGINT/SIGTERM the server closes and the process exits, so it never outlives the run.
 */
import { parseArgs } from 'node:util'
import { runnerImport } from 'vite'

/**
 * @typedef {typeof import('../mocks/http-server.ts')} HttpServerModule
 * @typedef {{ type: 'reset', id: number, seed?: { largeInvoiceCount?: number }, userId?: string }} ResetMessage
 */

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    port: { type: 'string', default: '0' },
    user: { type: 'string' },
    'large-invoices': { type: 'string' },
  },
})
if (!values.dist) {
  console.error('usage: node bench/serve.mjs --dist <built app> [--port 0] [--user <id>] [--large-invoices <n>]')
  process.exit(2)
}

const modulePath = new URL('../mocks/http-server.ts', import.meta.url).pathname
const { module } = /** @type {{ module: HttpServerModule }} */ (await runnerImport(modulePath, { configFile: false, logLevel: 'error' }))
const largeInvoices = values['large-invoices']
const server = await module.startHttpServer({
  distDir: values.dist,
  port: Number(values.port),
  ...(values.user ? { userId: values.user } : {}),
  ...(largeInvoices ? { seed: { largeInvoiceCount: Number(largeInvoices) } } : {}),
})

let closing = false
async function shutDown() {
  if (closing) return
  closing = true
  await server.close().catch(() => undefined)
  process.exit(0)
}
process.on('SIGINT', () => void shutDown())
process.on('SIGTERM', () => void shutDown())

if (process.send) {
  process.on('disconnect', () => void shutDown())
  process.on('message', (/** @type {ResetMessage} */ message) => {
    if (message.type !== 'reset') return
    server.reset(message.seed ?? {}, message.userId)
    process.send?.({ type: 'reset-done', id: message.id })
  })
  process.send({ type: 'ready', origin: server.origin })
} else {
  console.log(`Fake API and ${values.dist} on ${server.origin} (Ctrl-C stops it)`)
}
