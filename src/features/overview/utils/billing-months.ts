import type { Invoice } from '@/lib/api/types'
import { countsInFigures } from '@/features/invoices'
import { addDays } from '@/lib/format/date'

export type Month = { key: string; from: string; to: string }

/** The 12 calendar months ending with the one `today` is in, oldest first. */
export function lastTwelveMonths(today: string): Month[] {
  const [year, month] = today.split('-').map(Number) as [number, number]
  return Array.from({ length: 12 }, (_, i) => {
    const start = new Date(Date.UTC(year, month - 12 + i, 1))
    const from = start.toISOString().slice(0, 10)
    const nextStart = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)).toISOString().slice(0, 10)
    return { key: from.slice(0, 7), from, to: addDays(nextStart, -1) }
  })
}

export type MonthSums = { month: string; billed: number; paid: number }

/**
 * Billed (totals) and paid, by month of issue, in one currency: other currencies never share an axis.
 * Only what counts in figures: a credit note would draw a bar below the axis and lower a month.
 */
export function monthlySums(invoices: readonly Invoice[], months: readonly Month[], currency: string): MonthSums[] {
  const sums = new Map(months.map((m) => [m.key, { month: m.key, billed: 0, paid: 0 }]))
  for (const invoice of invoices) {
    if (invoice.currency !== currency || !countsInFigures(invoice)) continue
    const bucket = sums.get(invoice.issue_date.slice(0, 7))
    if (!bucket) continue
    bucket.billed += invoice.total
    bucket.paid += invoice.amount_paid
  }
  return [...sums.values()]
}

/** The currencies billed within the months, most billed first (by count: amounts in different currencies do not compare). */
export function currenciesBilled(invoices: readonly Invoice[], months: readonly Month[]): string[] {
  const first = months[0]?.from ?? ''
  const last = months.at(-1)?.to ?? ''
  const counts = new Map<string, number>()
  for (const invoice of invoices) {
    if (invoice.issue_date < first || invoice.issue_date > last || !countsInFigures(invoice)) continue
    counts.set(invoice.currency, (counts.get(invoice.currency) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([currency]) => currency)
}
