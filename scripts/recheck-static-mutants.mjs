// @ts-check
/*
 * Stryker 9.6.1's vitest runner activates a static mutant (one in code that runs when its module is
 * imported: a module-level constant, regex or arrow function) only after the module has loaded, so it
 * reports such mutants as surviving even when a test kills them (stryker-js#6144, open). This re-runs
 * each static mutant that the last `npm run test:mutation` reported as surviving or uncovered, applied
 * by hand to the source, against the module's own test file, and prints which are killed.
 *
 *   node scripts/recheck-static-mutants.mjs [reports/mutation/mutation.json]
 *
 * It edits one source file at a time and always puts it back (also on Ctrl-C); run it on a clean tree.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

/**
 * @typedef {{ line: number, column: number }} Position
 * @typedef {{ static?: boolean, status: string, mutatorName: string, replacement?: string, location: { start: Position, end: Position } }} Mutant
 * @typedef {{ files: Record<string, { mutants: Mutant[] }> }} Report
 */

/** @type {unknown} */
const parsed = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'))
const report = /** @type {Report} */ (parsed)
/** @type {(() => void) | null} */
let restore = null
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    restore?.()
    process.exit(130)
  })
}

/**
 * The offset in `text` of a 1-based line and column, as Stryker's report gives them.
 * @param {string} text
 * @param {Position} position
 */
function offsetOf(text, { line, column }) {
  const lines = text.split('\n')
  return lines.slice(0, line - 1).reduce((sum, each) => sum + each.length + 1, 0) + column - 1
}

let killed = 0
let survived = 0
for (const [file, { mutants }] of Object.entries(report.files)) {
  const testFile = file.replace(/\.tsx?$/, '.test.ts')
  for (const mutant of mutants) {
    if (!mutant.static || (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage')) continue
    const replacement = mutant.replacement ?? ''
    const label = `${file}:${mutant.location.start.line} ${mutant.mutatorName} → ${JSON.stringify(replacement).slice(0, 60)}`
    if (!existsSync(testFile)) {
      console.log(`no test file  ${label}`)
      continue
    }
    const original = readFileSync(file, 'utf8')
    restore = () => writeFileSync(file, original)
    const mutated = original.slice(0, offsetOf(original, mutant.location.start)) + replacement + original.slice(offsetOf(original, mutant.location.end))
    writeFileSync(file, mutated)
    try {
      execFileSync('npx', ['vitest', 'run', '--project', 'app', testFile], { stdio: 'ignore', env: { ...process.env, TZ: 'America/Los_Angeles' } })
      survived += 1
      console.log(`survives      ${label}`)
    } catch {
      killed += 1
      console.log(`killed        ${label}`)
    } finally {
      writeFileSync(file, original)
      restore = null
    }
  }
}
console.log(`\n${killed} killed, ${survived} surviving, of the static mutants Stryker reported alive`)
