/*
 * Holds bench/results.json to bench/budgets.json: prints every budget with its measured figure, and
 * exits 1 naming each figure over (or under) its budget, or missing from the results.
 *
 *   node bench/check-budgets.mjs [--budgets <file>] [--results <file>]
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

/**
 * @typedef {{ figure: string, label?: string, max?: number, min?: number }} Budget
 * @typedef {{ budgets: Budget[] }} Budgets
 */

const { values } = parseArgs({
  options: {
    budgets: { type: 'string', default: fileURLToPath(new URL('budgets.json', import.meta.url)) },
    results: { type: 'string', default: fileURLToPath(new URL('results.json', import.meta.url)) },
  },
})
const budgetsPath = /** @type {string} */ (values.budgets)
const resultsPath = /** @type {string} */ (values.results)

/**
 * @param {string} path
 * @param {string} what
 * @returns {unknown}
 */
function readJson(path, what) {
  if (!existsSync(path)) {
    console.error(`No ${what} at ${path}${what === 'results' ? ': run `npm run bench` (or `npm run bench:size`) first' : ''}.`)
    process.exit(2)
  }
  /** @type {unknown} */
  const value = JSON.parse(readFileSync(path, 'utf8'))
  return value
}

const budgets = /** @type {Budgets} */ (readJson(budgetsPath, 'budgets'))
const results = readJson(resultsPath, 'results')

/**
 * The figure at a dotted path: a number, or the `value` of a { value, unit } figure.
 * @param {string} path
 * @returns {{ value: number, unit: string } | null}
 */
function figureAt(path) {
  /** @type {unknown} */
  let node = results
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(key in node)) return null
    node = /** @type {Record<string, unknown>} */ (node)[key]
  }
  if (typeof node === 'number') return { value: node, unit: '' }
  if (typeof node === 'object' && node !== null && 'value' in node && typeof node.value === 'number') {
    return { value: node.value, unit: 'unit' in node && typeof node.unit === 'string' ? node.unit : '' }
  }
  return null
}

/**
 * When the section holding a figure was measured, to tell a stale figure from a fresh one.
 * @param {string} path
 */
function measuredWhen(path) {
  const section = /** @type {Record<string, { measured?: { date?: string, commit?: string } }>} */ (results)[path.split('.')[0] ?? '']
  const measured = section?.measured
  return measured?.date ? ` (measured ${measured.date.slice(0, 10)} on ${measured.commit?.slice(0, 10) ?? '?'})` : ''
}

/*
 * The Lighthouse budgets are for its default, simulated throttling. Figures from `--applied-throttling`
 * are another measure (the page's own times at far higher latency), to read beside them, not to pass them.
 */
const appliedThrottling =
  /** @type {{ lighthouse?: { throttlingMethod?: string } }} */ (results).lighthouse?.throttlingMethod === 'devtools'

const failures = []
for (const budget of budgets.budgets) {
  const name = `${budget.figure}${budget.label ? ` — ${budget.label}` : ''}`
  if (appliedThrottling && budget.figure.startsWith('lighthouse.')) {
    failures.push(name)
    console.log(`FAIL  ${name}: measured with --applied-throttling; the budget is for the default simulation (run \`npm run bench\`)`)
    continue
  }
  const limit = budget.max !== undefined ? `≤ ${budget.max}` : budget.min !== undefined ? `≥ ${budget.min}` : null
  if (!limit) {
    failures.push(name)
    console.log(`FAIL  ${name}: the budget has neither max nor min`)
    continue
  }
  const measured = figureAt(budget.figure)
  if (!measured) {
    failures.push(name)
    console.log(`FAIL  ${name}: not in ${resultsPath} (run \`npm run bench\`)`)
    continue
  }
  const over = (budget.max !== undefined && measured.value > budget.max) || (budget.min !== undefined && measured.value < budget.min)
  const line = `${name}: ${measured.value}${measured.unit ? ` ${measured.unit}` : ''}, budget ${limit}${measuredWhen(budget.figure)}`
  if (over) failures.push(name)
  console.log(`${over ? 'FAIL' : 'pass'}  ${line}`)
}

if (failures.length) {
  console.log(`\n${failures.length} of ${budgets.budgets.length} budgets exceeded:\n${failures.map((f) => `  - ${f}`).join('\n')}`)
  process.exit(1)
}
console.log(`\nAll ${budgets.budgets.length} budgets met.`)
