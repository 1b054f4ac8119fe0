/*
 * The budget check must fail, naming the figure, when a figure is over its budget.
 *   node --test bench/
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'

const CHECK = fileURLToPath(new URL('check-budgets.mjs', import.meta.url))
const RESULTS = fileURLToPath(new URL('results.json', import.meta.url))
const FIGURE = 'size.overviewToFloor.gzip'

const dir = mkdtempSync(join(tmpdir(), 'budgets-test-'))
after(() => rmSync(dir, { recursive: true, force: true }))

/**
 * Runs the checker with a budgets file holding `budgets`.
 * @param {Array<{ figure: string, max?: number, min?: number }>} budgets
 * @param {string} [results]
 */
function check(budgets, results = RESULTS) {
  const file = join(dir, `budgets-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify({ budgets }))
  const run = spawnSync(process.execPath, [CHECK, '--budgets', file, '--results', results], { encoding: 'utf8' })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

/** The measured figure in bench/results.json (written by `npm run bench` / `npm run bench:size`). */
function measured() {
  /** @type {unknown} */
  const parsed = JSON.parse(readFileSync(RESULTS, 'utf8'))
  const results = /** @type {{ size?: { overviewToFloor?: { gzip?: { value?: unknown } } } }} */ (parsed)
  const value = results.size?.overviewToFloor?.gzip?.value
  assert.equal(typeof value, 'number', `${FIGURE} is missing from bench/results.json: run npm run bench:size`)
  return /** @type {number} */ (value)
}

void test('a budget lowered below the measured figure fails, naming the figure', () => {
  const value = measured()
  const { status, output } = check([{ figure: FIGURE, max: Math.floor(value * 900) / 1000 }])
  assert.notEqual(status, 0, output)
  assert.match(output, /FAIL {2}size\.overviewToFloor\.gzip/)
  assert.match(output, /1 of 1 budgets exceeded/)
})

void test('a min budget raised above the measured figure fails too', () => {
  const value = measured()
  const { status, output } = check([{ figure: FIGURE, min: value + 1 }])
  assert.notEqual(status, 0, output)
  assert.match(output, /FAIL {2}size\.overviewToFloor\.gzip/)
})

void test('the same figure within its budget passes', () => {
  const value = measured()
  const { status, output } = check([{ figure: FIGURE, max: value }])
  assert.equal(status, 0, output)
  assert.match(output, /pass {2}size\.overviewToFloor\.gzip/)
})

void test('a figure missing from the results fails, naming it', () => {
  const results = join(dir, 'results-empty.json')
  writeFileSync(results, JSON.stringify({ size: {} }))
  const { status, output } = check([{ figure: 'lighthouse.accessibility', min: 100 }], results)
  assert.notEqual(status, 0, output)
  assert.match(output, /FAIL {2}lighthouse\.accessibility: not in/)
})

void test("Lighthouse figures measured with applied throttling are not held to the simulation's budgets", () => {
  const results = join(dir, 'results-applied.json')
  const lighthouse = { throttlingMethod: 'devtools', accessibility: { value: 100, unit: 'score' } }
  writeFileSync(results, JSON.stringify({ size: { overviewToFloor: { gzip: { value: 1 } } }, lighthouse }))
  const { status, output } = check([{ figure: 'lighthouse.accessibility', min: 100 }, { figure: FIGURE, max: 1.3 }], results)
  assert.notEqual(status, 0, output)
  assert.match(output, /FAIL {2}lighthouse\.accessibility: measured with --applied-throttling/)
  assert.match(output, /pass {2}size\.overviewToFloor\.gzip/)
})
