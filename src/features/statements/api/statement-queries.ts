import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { invoiceQueries } from '@/features/invoices'
import type { Invoice } from '@/lib/api/types'
import { needsPaymentDate, type PaymentDates } from '../utils/statement'
import { runLimited } from '../utils/run-limited'
import { fetchPaidAt } from './fetch-paid-at'
import { reportStatementProgress, statementProgressKey, type StatementProgress } from './statement-progress'

/** Invoice details fetched at once for their payment dates: enough to keep the line busy, few enough to be polite. */
const DETAILS_IN_FLIGHT = 6

export type StatementData = { invoices: Invoice[]; paymentDates: PaymentDates }

/**
 * The `paid_at` of the client's paid invoices already asked for, in this tab's cache: once an invoice is
 * paid its payment date no longer changes, so another period's statement, the CSV in a zip, or the retry
 * of a statement that failed part-way, does not ask for it again. Only paid invoices' dates are kept; a
 * part payment's may still be given later. Under `['invoices']` like everything else of a client's
 * invoices, for as long as the cache keeps it (it is cleared at sign-out).
 */
const paidDatesKey = (clientId: string) => [...invoiceQueries.all(), 'paid-at', { clientId }] as const

async function paymentDatesFor(
  queryClient: QueryClient,
  clientId: string,
  invoices: Invoice[],
  onProgress: (progress: StatementProgress) => void,
  signal: AbortSignal,
): Promise<PaymentDates> {
  const known = queryClient.getQueryData<PaymentDates>(paidDatesKey(clientId)) ?? {}
  const dates: Record<string, string | null> = {}
  const missing: Invoice[] = []
  for (const invoice of invoices.filter(needsPaymentDate)) {
    const date = invoice.status === 'paid' ? known[invoice.id] : undefined
    if (date) dates[invoice.id] = date
    else missing.push(invoice)
  }
  let done = 0
  if (missing.length > 0) onProgress({ done, total: missing.length })
  try {
    await runLimited(
      missing,
      DETAILS_IN_FLIGHT,
      async (invoice) => {
        dates[invoice.id] = await fetchPaidAt(invoice.id, signal)
        done += 1
        onProgress({ done, total: missing.length })
      },
      signal,
    )
  } finally {
    // Kept when a lookup fails too: when one of thousands does (a 429, a 503), the query's retry carries
    // on from there instead of asking for every date again. Not once aborted: a sign-out aborts the
    // query as it clears the cache, and writing now would leave the signed-out client's dates in it.
    if (!signal.aborted) {
      const paid: Record<string, string> = {}
      for (const invoice of missing) {
        const date = dates[invoice.id]
        if (invoice.status === 'paid' && date) paid[invoice.id] = date
      }
      queryClient.setQueryData<PaymentDates>(paidDatesKey(clientId), (before) => ({ ...before, ...paid }))
    }
  }
  return dates
}

/**
 * What a statement up to `to` is built from, with documented operations only: every invoice issued by
 * `to` (the invoice feature's own `every` query, every status, drafts dropped), and, since lists do
 * not carry `paid_at`, the detail of each invoice with something paid on it (outside the cache: see
 * fetchPaidAt; the dates of paid invoices are remembered, above). Keyed under `['invoices']`, so the
 * refresh after a payment reaches it too. How many of those details have come back is reported for the
 * page to show (statement-progress.ts): for a client with thousands of paid invoices they take a while.
 */
export const statementQueries = {
  ledger: (queryClient: QueryClient, clientId: string, to: string) =>
    queryOptions({
      queryKey: [...invoiceQueries.all(), 'statement', { clientId, to }] as const,
      queryFn: async ({ signal }): Promise<StatementData> => {
        const progressKey = statementProgressKey(clientId, to)
        try {
          const invoices = await queryClient.fetchQuery(invoiceQueries.every({ clientId, to }))
          const report = (progress: StatementProgress) => reportStatementProgress(progressKey, progress)
          return { invoices, paymentDates: await paymentDatesFor(queryClient, clientId, invoices, report, signal) }
        } finally {
          reportStatementProgress(progressKey, null)
        }
      },
    }),
}
