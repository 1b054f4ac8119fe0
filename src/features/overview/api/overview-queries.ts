import { invoiceQueries } from '@/features/invoices/api/invoice-queries'
import { projectQueries } from '@/features/projects/api/project-queries'
import { addDays } from '@/lib/format/date'

/** Invoices a client has been billed for: everything but drafts (never visible) and voided ones. */
const BILLED = ['sent', 'paid', 'overdue'] as const

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

/*
 * Everything the overview shows, as independent queries that start together at navigation: the API
 * sums each filtered set per currency (meta.totals_by_currency), so no figure needs every invoice.
 */
export const overviewQueries = {
  /** Sent and overdue, soonest due first: the outstanding balance and what needs attention. */
  open: () => invoiceQueries.list({ status: ['sent', 'overdue'], sort: 'due_date', limit: 5 }),
  overdue: () => invoiceQueries.list({ status: ['overdue'], limit: 1 }),
  /** The first sent (not yet overdue) invoice by due date is the next one due. */
  nextDue: () => invoiceQueries.list({ status: ['sent'], sort: 'due_date', limit: 1 }),
  billed: () => invoiceQueries.list({ status: [...BILLED], limit: 1 }),
  projects: () => projectQueries.list({ limit: 100 }),
  month: ({ from, to }: Month) => invoiceQueries.list({ status: [...BILLED], from, to, limit: 1 }),
}
