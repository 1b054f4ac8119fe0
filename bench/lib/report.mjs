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
 * @param {{ sizeOnly: boolean }} options
 */
export function formatReport(results, { sizeOnly }) {
  const out = []
  const { size, lighthouse, overview, largeClient } = results
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
        ],
        ['l', 'r', 'r', 'r', 'r'],
      ),
    )
  }
  const kept = sizeOnly ? ' — kept from the last full run' : ''
  if (lighthouse) {
    out.push('', `Lighthouse ${lighthouse.measured.lighthouse}, mobile, signed-in overview (${provenance(lighthouse.measured)})${kept}`)
    const l = lighthouse
    /** @param {number} i */
    const run = (i) => [
      `run ${i + 1}`,
      String(l.performance.runs[i]),
      String(l.accessibility.runs[i]),
      String(l.bestPractices.runs[i]),
      `${l.lcp.runs[i]} ms`,
      `${l.tbt.runs[i]} ms`,
      String(l.cls.runs[i]),
      `${l.fcp.runs[i]} ms`,
    ]
    out.push(
      table(
        [
          ['', 'performance', 'accessibility', 'best practices', 'LCP', 'TBT', 'CLS', 'FCP'],
          [
            'reported *',
            String(l.performance.value),
            String(l.accessibility.value),
            String(l.bestPractices.value),
            `${l.lcp.value} ms`,
            `${l.tbt.value} ms`,
            String(l.cls.value),
            `${l.fcp.value} ms`,
          ],
          ...l.performance.runs.map((_, i) => run(i)),
        ],
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    )
    out.push('  * performance, LCP, TBT, CLS, FCP: the run with the median performance score; accessibility, best practices: the lowest run')
    for (const [category, audits] of Object.entries(lighthouse.auditsBelowFull)) {
      for (const audit of audits) {
        out.push(`  ${category}: ${audit.id} (score ${audit.score}) ${audit.title}${audit.details.length ? ` — ${audit.details.join('; ')}` : ''}`)
      }
    }
    if (lighthouse.lcpElement) out.push(`  LCP element: ${lighthouse.lcpElement}`)
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
  return out.join('\n')
}
