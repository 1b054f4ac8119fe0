import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The project root and the benchmark's own folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const BENCH_DIR = fileURLToPath(new URL('../', import.meta.url))
export const RESULTS_PATH = fileURLToPath(new URL('../results.json', import.meta.url))

/**
 * @typedef {{ value: number, unit: string }} Figure
 * @typedef {{ date: string, command: string, commit: string, uncommittedChanges: boolean, node: string, chromium?: string }} Measured
 * @typedef {{ raw: Figure, gzip: Figure, brotli: Figure, files: string[] }} JsSize
 * @typedef {{
 *   measured: Measured,
 *   method: string,
 *   signIn: JsSize,
 *   overview: JsSize,
 *   total: JsSize,
 *   floor: JsSize,
 *   overviewToFloor: { raw: Figure, gzip: Figure, brotli: Figure },
 *   catalogs?: Record<string, JsSize>,
 * }} SizeResults
 * @typedef {{ id: string, title: string, score: number, details: string[] }} FailedAudit
 * @typedef {{ loadavg: number[], uptime: string }} MachineLoad
 * @typedef {{
 *   measured: Measured & { lighthouse: string, benchmarkIndex: number | null },
 *   method: string,
 *   throttlingMethod?: import('./lighthouse.mjs').ThrottlingMethod,
 *   url: string,
 *   runs: number,
 *   loadPerRun: number[],
 *   performance: Figure & { runs: number[] },
 *   accessibility: Figure & { runs: number[] },
 *   bestPractices: Figure & { runs: number[] },
 *   lcp: Figure & { runs: number[] },
 *   tbt: Figure & { runs: number[] },
 *   cls: Figure & { runs: number[] },
 *   fcp: Figure & { runs: number[] },
 *   lcpElement: string | null,
 *   auditsBelowFull: { performance: FailedAudit[], accessibility: FailedAudit[], bestPractices: FailedAudit[] },
 *   auditErrors: Array<{ id: string, weighted: boolean, message: string }>,
 *   runWarnings: string[],
 *   report: string,
 * }} LighthouseSeries
 * @typedef {LighthouseSeries & {
 *   load: { before: MachineLoad, after: MachineLoad },
 *   floor: LighthouseSeries,
 *   toFloor: { lcp: Figure, fcp: Figure },
 * }} LighthouseResults
 * @typedef {{
 *   changes: { shell: boolean, early: boolean, preload: boolean },
 *   performance: Figure & { runs: number[] },
 *   lcp: Figure & { runs: number[] },
 *   fcp: Figure & { runs: number[] },
 *   cls: Figure & { runs: number[] },
 *   tbt: Figure & { runs: number[] },
 *   lcpToFloor: Figure,
 *   fcpToFloor: Figure,
 *   lcpElement: string | null,
 * }} AblationVariant
 * @typedef {{
 *   measured: Measured,
 *   method: string,
 *   runs: number,
 *   load: { before: MachineLoad, after: MachineLoad },
 *   floor: { lcp: Figure & { runs: number[] }, fcp: Figure & { runs: number[] }, performance: Figure & { runs: number[] } },
 *   variants: Record<string, AblationVariant>,
 * }} AblationResults
 * @typedef {{ method: string, url: string, start: number, end: number }} ChainLink
 * @typedef {{
 *   measured: Measured,
 *   method: string,
 *   wallTime: Figure & { runs: number[] },
 *   wallTimeAtEmulatedRtt: Figure & { runs: number[] },
 *   sequentialRoundTrips: Figure & { runs: number[] },
 *   sequentialRoundTripsUnthrottled: Figure & { runs: number[] },
 *   apiRequests: Figure & { runs: number[] },
 *   apiRequestsUnthrottled?: Figure & { runs: number[] },
 *   lastApiAnswer: Figure & { runs: number[] },
 *   meAnswered: (Figure & { runs: number[] }) | null,
 *   chain: ChainLink[],
 *   chainUnthrottled: ChainLink[],
 * }} OverviewResults
 * @typedef {{
 *   measured: Measured,
 *   method: string,
 *   invoiceCount: Figure,
 *   invoicesListed: Figure,
 *   firstRender: Figure & { runs: number[] },
 *   filterToUpdated: Figure & { runs: number[], filter: string },
 *   filterToRows?: Figure & { runs: number[], filter: string },
 *   overview?: LargeOverviewResults | null,
 * }} LargeClientResults
 * @typedef {{ method: string, url: string, requests: number, start: number, end: number }} ChainGroup
 * @typedef {{
 *   outstandingShown: Figure & { runs: number[] },
 *   chartShown: Figure & { runs: number[] },
 *   apiRequests: Figure & { runs: number[] },
 *   sequentialRoundTrips: Figure & { runs: number[] },
 *   requestsByList: Record<string, number>,
 *   chain: ChainGroup[],
 * }} LargeOverviewFigures
 * @typedef {LargeOverviewFigures & { method: string, runs: number, atEmulatedRtt: LargeOverviewFigures | null }} LargeOverviewResults
 * @typedef {{
 *   measured: Measured,
 *   method: string,
 *   invoiceCount: Figure,
 *   statementLast12Months: Figure & { runs: number[] },
 *   statementLongestTask: Figure & { runs: number[] },
 *   zipOfMonth: Figure & { runs: number[], month: { from: string, to: string }, pdfs: number, bytes: number },
 *   zipLongestTask: Figure & { runs: number[] },
 * }} ExportsResults
 * @typedef {{
 *   about: string,
 *   lastWritten: Measured,
 *   size?: SizeResults,
 *   lighthouse?: LighthouseResults,
 *   overview?: OverviewResults,
 *   largeClient?: LargeClientResults,
 *   lighthouseAblation?: AblationResults,
 *   exports?: ExportsResults,
 * }} Results
 */

/** @param {string[]} args */
function git(args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return ''
  }
}

/**
 * When, on what and by which command a figure was measured.
 * @param {string} command
 * @param {string} [chromium]
 * @returns {Measured}
 */
export function measuredNow(command, chromium) {
  return {
    date: new Date().toISOString(),
    command,
    commit: git(['rev-parse', 'HEAD']) || 'unknown',
    uncommittedChanges: git(['status', '--porcelain']) !== '',
    node: process.version,
    ...(chromium ? { chromium } : {}),
  }
}

/**
 * @param {number} value
 * @param {string} unit
 * @returns {Figure}
 */
export const figure = (value, unit) => ({ value, unit })

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  if (sorted.length === 0) throw new Error('median of no values')
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : (/** @type {number} */ (sorted[mid - 1]) + /** @type {number} */ (sorted[mid])) / 2
}

/** @param {number} value */
export const round1 = (value) => Math.round(value * 10) / 10

/**
 * A JSON file's content, to be narrowed by the caller.
 * @param {string} path
 * @returns {unknown}
 */
export function readJson(path) {
  /** @type {unknown} */
  const value = JSON.parse(readFileSync(path, 'utf8'))
  return value
}

/**
 * The results file as it is, or null before the first run.
 * @param {string} [path]
 * @returns {Results | null}
 */
export function readResults(path = RESULTS_PATH) {
  if (!existsSync(path)) return null
  return /** @type {Results} */ (readJson(path))
}

/**
 * Replaces the sections given and keeps the others as they were measured.
 * @param {Partial<Pick<Results, 'size' | 'lighthouse' | 'overview' | 'largeClient' | 'lighthouseAblation' | 'exports'>>} sections
 * @param {Measured} written
 */
export function writeResults(sections, written) {
  const previous = readResults()
  /** @type {Results} */
  const next = {
    about:
      'Written by `npm run bench` (every section) and `npm run bench:size` (the size section only; the others keep the ' +
      'figures of the last full run). Each figure is { value, unit }; each section says when, on which commit and by ' +
      'which command it was measured. See the "Performance" section of README.md.',
    lastWritten: written,
    size: sections.size ?? previous?.size,
    lighthouse: sections.lighthouse ?? previous?.lighthouse,
    overview: sections.overview ?? previous?.overview,
    largeClient: sections.largeClient ?? previous?.largeClient,
    lighthouseAblation: sections.lighthouseAblation ?? previous?.lighthouseAblation,
    exports: sections.exports ?? previous?.exports,
  }
  writeFileSync(RESULTS_PATH, `${JSON.stringify(next, null, 2)}\n`)
  return next
}
