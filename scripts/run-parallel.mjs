/*
 * Runs npm scripts at once: `node scripts/run-parallel.mjs typecheck lint api:drift-check`. Each one's
 * output is held and printed whole as it ends, under a line naming it, so a failure reads as it would
 * alone; exits 1 naming every script that failed. `npm test` runs its static checks this way: they are
 * independent, and each is mostly one thread, so on two cores they take about the time of the longest.
 */
import { spawn } from 'node:child_process'

const names = process.argv.slice(2)
if (names.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script> [<npm script> …]')
  process.exit(2)
}
const started = Date.now()

/** @param {string} name @returns {Promise<boolean>} */
const run = (name) =>
  new Promise((done) => {
    const child = spawn('npm', ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] })
    /** @type {Buffer[]} */
    const output = []
    const keep = (/** @type {Buffer} */ chunk) => output.push(chunk)
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      const outcome = code === 0 ? 'passed' : `FAILED (${signal ?? `exit code ${code}`})`
      process.stdout.write(`\n==> npm run ${name}: ${outcome}, ${seconds} s\n`)
      process.stdout.write(Buffer.concat(output))
      done(code === 0)
    })
  })

const passed = await Promise.all(names.map(run))
const failed = names.filter((_, index) => !passed[index])
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.map((name) => `npm run ${name}`).join(', ')}`)
  process.exit(1)
}
