import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/**
 * @typedef {{ origin: string, reset(seed?: { largeInvoiceCount?: number }, userId?: string): Promise<void>, stop(): Promise<void>, kill(): void }} ServerProcess
 * @typedef {{ type: 'ready', origin: string } | { type: 'reset-done', id: number }} ServerMessage
 */

const SERVE = fileURLToPath(new URL('../serve.mjs', import.meta.url))

/**
 * Starts bench/serve.mjs (the fake API and the built app on 127.0.0.1, on a port the system picks)
 * in a child process, so the server answers from its own event loop while the benchmark drives the
 * browser and Lighthouse.
 * @param {{ distDir: string }} options
 * @returns {Promise<ServerProcess>}
 */
export async function startServerProcess({ distDir }) {
  const child = fork(SERVE, ['--dist', distDir, '--port', '0'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  let exited = false
  const exit = new Promise((done) =>
    child.once('exit', () => {
      exited = true
      done(undefined)
    }),
  )

  /** @type {(predicate: (message: ServerMessage) => boolean, what: string) => Promise<ServerMessage>} */
  const next = (predicate, what) =>
    new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the fake API server did not answer (${what}) within 60 s`)), 60_000)
      /** @param {ServerMessage} message */
      const onMessage = (message) => {
        if (!predicate(message)) return
        clearTimeout(timer)
        child.off('message', onMessage)
        child.off('exit', onExit)
        done(message)
      }
      const onExit = () => {
        clearTimeout(timer)
        fail(new Error(`the fake API server exited (${what})`))
      }
      child.on('message', onMessage)
      child.once('exit', onExit)
    })

  let resets = 0
  /** @type {ServerProcess} */
  const handle = {
    origin: '',
    async reset(seed, userId) {
      const id = ++resets
      child.send({ type: 'reset', id, seed, userId })
      await next((m) => m.type === 'reset-done' && m.id === id, 'reset')
    },
    kill() {
      if (!exited) child.kill('SIGKILL')
    },
    async stop() {
      if (exited) return
      child.kill('SIGTERM')
      const timeout = new Promise((done) => setTimeout(done, 5_000))
      await Promise.race([exit, timeout])
      if (!exited) {
        child.kill('SIGKILL')
        await exit
      }
    },
  }
  try {
    const ready = await next((m) => m.type === 'ready', 'start')
    if (ready.type === 'ready') handle.origin = ready.origin
  } catch (error) {
    await handle.stop()
    throw error
  }
  return handle
}
