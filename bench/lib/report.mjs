import { median } from './results.mjs'

/** @typedef {import('./results.mjs').Results} Results */

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

/**
 * @param {string[][]} rows
 * @param {Array<'l' | 'r'>} align
 */
function table(rows, align) {
  const widths = /** @type {string[]} */ (rows[0]).map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)))
  return rows
    .map((row, r) => {
      const line = row.map((cell, i) => (align[i] === 'r' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ')
      return r === 0 ? `${line}\n${widths.map((w) => '─'.repeat(w)).join('  ')}` : line
    })
    .join('\n')
}

/** @param {import('./results.mjs').Measured} m */
const provenance = (m) =>
  `${m.date.slice(0, 16).replace('T', ' ')} UTC, commit ${m.commit.slice(0, 10)}${m.uncommittedChanges ? ' + uncommitted changes' : ''}, ` +
  `node ${m.node}${m.chromium ? `, ${m.chromium}` : ''}, by \`${m.command}\``

/**
 * The results as readable tables; sections not measured yet say so.
 * @param {Results} results
 * @param {{ sizeOnly: boolean, ablation?: boolean }} options
 */
export function formatReport(results, options) {
  const { sizeOnly } = options
  const out = []
  const { size, lighthouse, overview, largeClient, exports } = results
  if (size) {
    out.push(`Initial JavaScript (${provenance(size.measured)})`)
    out.push(
      table(
        [
          ['', 'raw', 'gzip', 'brotli', 'files'],
          ...(/** @type {const} */ ([
            ['sign-in page', size.signIn],
            ['overview', size.overview],
            ['whole build (all JS)', size.total],
            ['stack floor (bench/floor)', size.floor],
          ]).map(([name, s]) => [name, kB(s.raw.value), kB(s.gzip.value), kB(s.brotli.value), String(s.files.length)])),
          [
            'overview ÷ floor',
            `${size.overviewToFloor.raw.value.toFixed(3)}×`,
            `${size.overviewToFloor.gzip.value.toFixed(3)}×`,
            `${size.overviewToFloor.brotli.value.toFixed(3)}×`,
            '',
          ],
          // English's catalog is in the initial JS above; the others load when their language is chosen.
          ...Object.entries(size.catalogs ?? {}).map(([locale, s]) => [`${locale} catalog (on demand)`, kB(s.raw.value), kB(s.gzip.value), kB(s.brotli.value), String(s.files.length)]),
        ],
        ['l', 'r', 'r', 'r', 'r'],
      ),
    )
  }
  const kept = sizeOnly ? ' — kept from the last full run' : ''
  if (lighthouse) {
    const throttling = lighthouse.throttlingMethod === 'devtools' ? 'applied throttling (devtools)' : 'simulated throttling'
    out.push('', `Lighthouse ${lighthouse.measured.lighthouse}, mobile, ${throttling}, signed-in overview and the stack floor (${provenance(lighthouse.measured)})${kept}`)
    if (lighthouse.load) {
      out.push(`  machine load before: ${lighthouse.load.before.uptime}`)
      out.push(`  machine load after:  ${lighthouse.load.after.uptime}`)
    }
    /** @param {import('./results.mjs').LighthouseSeries} l @param {string} name */
    const rows = (l, name) => {
      /** @param {number} i */
      const run = (i) => [
        `${name} run ${i + 1}`,
        String(l.performance.runs[i]),
        String(l.accessibility.runs[i]),
        String(l.bestPractices.runs[i]),
        `${l.lcp.runs[i]} ms`,
        `${l.tbt.runs[i]} ms`,
        String(l.cls.runs[i]),
        `${l.fcp.runs[i]} ms`,
        String(l.loadPerRun?.[i] ?? ''),
      ]
      return [
        [
          `${name} reported *`,
          String(l.performance.value),
          String(l.accessibility.value),
          String(l.bestPractices.value),
          `${l.lcp.value} ms`,
          `${l.tbt.value} ms`,
          String(l.cls.value),
          `${l.fcp.value} ms`,
          '',
        ],
        ...l.performance.runs.map((_, i) => run(i)),
      ]
    }
    const header = ['', 'performance', 'accessibility', 'best practices', 'LCP', 'TBT', 'CLS', 'FCP', 'load (1 min)']
    const floorRows = lighthouse.floor ? rows(lighthouse.floor, 'floor') : []
    out.push(table([header, ...rows(lighthouse, 'portal'), ...floorRows], ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']))
    out.push('  * performance, LCP, TBT, CLS, FCP: the run with the median performance score; accessibility, best practices: the lowest run')
    if (lighthouse.toFloor) {
      out.push(`  portal ÷ floor (medians of the runs): LCP ${lighthouse.toFloor.lcp.value.toFixed(3)}×, FCP ${lighthouse.toFloor.fcp.value.toFixed(3)}×`)
    }
    for (const [category, audits] of Object.entries(lighthouse.auditsBelowFull)) {
      for (const audit of audits) {
        out.push(`  ${category}: ${audit.id} (score ${audit.score}) ${audit.title}${audit.details.length ? ` — ${audit.details.join('; ')}` : ''}`)
      }
    }
    if (lighthouse.lcpElement) out.push(`  LCP element: ${lighthouse.lcpElement}`)
    if (lighthouse.floor?.lcpElement) out.push(`  floor's LCP element: ${lighthouse.floor.lcpElement}`)
    const errors = lighthouse.auditErrors
    if (errors.length) {
      const weighted = errors.filter((e) => e.weighted).map((e) => e.id)
      out.push(
        `  ${errors.length} audits could not run (${errors.map((e) => e.id).join(', ')}): ` +
          (weighted.length ? `WEIGHTED ONES AMONG THEM (${weighted.join(', ')}): scores are unreliable` : 'none weighs in a score'),
      )
    }
    for (const warning of lighthouse.runWarnings) out.push(`  warning: ${warning}`)
    out.push(`  report: ${lighthouse.report}`)
  }
  const ablation = results.lighthouseAblation
  if (ablation) {
    out.push('', `First-load changes one at a time, Lighthouse mobile, ${ablation.runs} runs each, in turn (${provenance(ablation.measured)})${options.ablation ? '' : ' — kept from the last --ablation run'}`)
    out.push(`  machine load before: ${ablation.load.before.uptime}`)
    out.push(`  machine load after:  ${ablation.load.after.uptime}`)
    const on = (/** @type {boolean} */ b) => (b ? 'on' : '–')
    out.push(
      table(
        [
          ['variant', 'shell', 'early fetch', 'preload', 'performance (runs)', 'LCP median', 'LCP ÷ floor', 'FCP median', 'FCP ÷ floor', 'CLS (runs)'],
          ...Object.entries(ablation.variants).map(([name, v]) => [
            name,
            on(v.changes.shell),
            on(v.changes.early),
            on(v.changes.preload),
            `${v.performance.value} (${v.performance.runs.join(', ')})`,
            `${median(v.lcp.runs)} ms`,
            `${v.lcpToFloor.value.toFixed(3)}×`,
            `${median(v.fcp.runs)} ms`,
            `${v.fcpToFloor.value.toFixed(3)}×`,
            `${v.cls.runs.join(', ')}`,
          ]),
          ['floor', '', '', '', `${ablation.floor.performance.value} (${ablation.floor.performance.runs.join(', ')})`, `${median(ablation.floor.lcp.runs)} ms`, '1×', `${median(ablation.floor.fcp.runs)} ms`, '1×', ''],
        ],
        ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
      ),
    )
  }
  if (overview) {
    out.push('', `Overview, signed in, fresh navigation (${provenance(overview.measured)})${kept}`)
    const rtt = overview.wallTimeAtEmulatedRtt.unit.replace(/^ms \(median, (.*)\)$/, '$1')
    /** @param {number[]} runs @param {string} [unit] */
    const list = (runs, unit = '') => runs.join(', ') + unit
    out.push(
      table(
        [
          ['', 'median / worst', 'runs'],
          ['wall time to fully rendered, unthrottled', `${overview.wallTime.value} ms`, list(overview.wallTime.runs, ' ms')],
          [`wall time to fully rendered, ${rtt}`, `${overview.wallTimeAtEmulatedRtt.value} ms`, list(overview.wallTimeAtEmulatedRtt.runs, ' ms')],
          [`sequential API round trips, ${rtt} (budgeted)`, String(overview.sequentialRoundTrips.value), list(overview.sequentialRoundTrips.runs)],
          ['sequential API round trips, unthrottled (not budgeted)', String(overview.sequentialRoundTripsUnthrottled.value), list(overview.sequentialRoundTripsUnthrottled.runs)],
          [`API requests per load, ${rtt} (budgeted)`, String(overview.apiRequests.value), list(overview.apiRequests.runs)],
          ...(overview.apiRequestsUnthrottled
            ? [['API requests per load, unthrottled', String(overview.apiRequestsUnthrottled.value), list(overview.apiRequestsUnthrottled.runs)]]
            : []),
          ['last API answer landed, unthrottled *', `${overview.lastApiAnswer.value} ms`, list(overview.lastApiAnswer.runs, ' ms')],
          ...(overview.meAnswered
            ? [['GET /v1/me answered, unthrottled *', `${overview.meAnswered.value} ms`, list(overview.meAnswered.runs, ' ms')]]
            : []),
        ],
        ['l', 'r', 'l'],
      ),
    )
    /** @param {import('./results.mjs').ChainLink[]} chain */
    const chain = (chain) => chain.map((l) => `${l.method} ${l.url} [${l.start}–${l.end} ms]`).join('\n      → ')
    out.push('  * after the first API request of the load (the token refresh)')
    out.push(`  longest chain, ${rtt}:\n        ${chain(overview.chain)}`)
    out.push(`  longest chain, unthrottled:\n        ${chain(overview.chainUnthrottled)}`)
  }
  if (largeClient) {
    out.push(
      '',
      `Large client, ${largeClient.invoiceCount.value} invoices seeded (${largeClient.invoicesListed.value} listed), /invoices ` +
        `(${provenance(largeClient.measured)})${kept}`,
    )
    out.push(
      table(
        [
          ['', 'median', 'runs'],
          ['navigation → first row visible', `${largeClient.firstRender.value} ms`, `${largeClient.firstRender.runs.join(', ')} ms`],
          ...(largeClient.filterToRows
            ? [[`${largeClient.filterToRows.filter} → rows updated`, `${largeClient.filterToRows.value} ms`, `${largeClient.filterToRows.runs.join(', ')} ms`]]
            : []),
          [`${largeClient.filterToUpdated.filter} → list and summary updated, nothing busy`, `${largeClient.filterToUpdated.value} ms`, `${largeClient.filterToUpdated.runs.join(', ')} ms`],
        ],
        ['l', 'r', 'l'],
      ),
    )
    const lo = largeClient.overview
    if (lo) {
      out.push('', `Large client, ${largeClient.invoiceCount.value} invoices seeded, overview \`/\`, fresh navigation (${lo.runs} runs; same run)${kept}`)
      /** @param {import('./results.mjs').LargeOverviewFigures} f @param {string} how */
      const rows = (f, how) => [
        [`navigation → "Outstanding balance" shown, ${how}`, `${f.outstandingShown.value} ms`, `${f.outstandingShown.runs.join(', ')} ms`],
        [`navigation → 12-month chart and "Total billed", ${how}`, `${f.chartShown.value} ms`, `${f.chartShown.runs.join(', ')} ms`],
        [`API requests per load, ${how}`, String(f.apiRequests.value), f.apiRequests.runs.join(', ')],
        [`sequential API round trips, ${how}`, String(f.sequentialRoundTrips.value), f.sequentialRoundTrips.runs.join(', ')],
      ]
      const rtt = lo.atEmulatedRtt?.chartShown.unit.replace(/^ms \(median, (.*)\)$/, '$1')
      out.push(
        table(
          [['', 'median / most', 'runs'], ...rows(lo, 'unthrottled'), ...(lo.atEmulatedRtt ? rows(lo.atEmulatedRtt, rtt ?? 'with latency') : [])],
          ['l', 'r', 'l'],
        ),
      )
      const lists = Object.entries(lo.requestsByList)
        .map(([list, n]) => `${list}: ${n}`)
        .join('\n        ')
      out.push(`  requests per list (last unthrottled run):\n        ${lists}`)
      /** @param {import('./results.mjs').ChainGroup[]} chain */
      const chain = (chain) =>
        chain.map((l) => `${l.method} ${l.url}${l.requests > 1 ? ` ×${l.requests} pages` : ''} [${l.start}–${l.end} ms]`).join('\n      → ')
      out.push(`  longest chain, unthrottled:\n        ${chain(lo.chain)}`)
      if (lo.atEmulatedRtt) out.push(`  longest chain, ${rtt}:\n        ${chain(lo.atEmulatedRtt.chain)}`)
    }
  }
  if (exports) {
    out.push('', `Large client, ${exports.invoiceCount.value} invoices seeded: statement and zip (${provenance(exports.measured)})${kept}`)
    const zip = exports.zipOfMonth
    const ms = (/** @type {number[]} */ runs) => `${runs.join(', ')} ms`
    out.push(
      table(
        [
          ['', 'median / longest', 'runs'],
          ['/statement, last 12 months → every currency shown', `${exports.statementLast12Months.value} ms`, ms(exports.statementLast12Months.runs)],
          ['  longest main-thread task meanwhile', `${exports.statementLongestTask.value} ms`, ms(exports.statementLongestTask.runs)],
          [`zip of ${zip.month.from} – ${zip.month.to}: ${zip.pdfs} PDFs + CSV, ${zip.bytes} bytes`, `${zip.value} ms`, ms(zip.runs)],
          ['  longest main-thread task meanwhile', `${exports.zipLongestTask.value} ms`, ms(exports.zipLongestTask.runs)],
        ],
        ['l', 'r', 'l'],
      ),
    )
  }
  return out.join('\n')
}
