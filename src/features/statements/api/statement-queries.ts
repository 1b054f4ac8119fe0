import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { invoiceQueries } from '@/features/invoices'
import type { Invoice } from '@/lib/api/types'
import { needsPaymentDate, type PaymentDates } from '../utils/statement'
import { runLimited } from '../utils/run-limited'
import { fetchPaidAt } from './fetch-paid-at'

/** Invoice details fetched at once for their payment dates: enough to keep the line busy, few enough to be polite. */
const DETAILS_IN_FLIGHT = 6

export type StatementData = { invoices: Invoice[]; paymentDates: PaymentDates }

/**
 * What a statement up to `to` is built from, with documented operations only: every invoice issued by
 * `to` (the invoice feature's own `every` query, every status, drafts dropped), and, since lists do
 * not carry `paid_at`, the detail of each invoice with something paid on it (outside the cache: see
 * fetchPaidAt). Keyed under `['invoices']`, so the refresh after a
 * payment reaches it too.
 */
export const statementQueries = {
  ledger: (queryClient: QueryClient, clientId: string, to: string) =>
    queryOptions({
      queryKey: [...invoiceQueries.all(), 'statement', { clientId, to }] as const,
      queryFn: async ({ signal }): Promise<StatementData> => {
        const invoices = await queryClient.fetchQuery(invoiceQueries.every({ clientId, to }))
        const paymentDates: Record<string, string | null> = {}
        await runLimited(
          invoices.filter(needsPaymentDate),
          DETAILS_IN_FLIGHT,
          async (invoice) => {
            paymentDates[invoice.id] = await fetchPaidAt(invoice.id, signal)
          },
          signal,
        )
        return { invoices, paymentDates }
      },
    }),
}
