import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '@/lib/api/client'
import type { InvoiceStatus } from '@/lib/api/types'
import { unwrap } from '@/lib/api/unwrap'

export type InvoiceListFilters = {
  status?: InvoiceStatus[]
  from?: string
  to?: string
  project_id?: string
  limit?: number
  cursor?: string
}

/** Query keys nest under `['invoices']`, so one invalidation refreshes every invoice view. */
export const invoiceQueries = {
  all: () => ['invoices'] as const,

  list: (filters: InvoiceListFilters = {}) =>
    queryOptions({
      queryKey: [...invoiceQueries.all(), 'list', filters] as const,
      queryFn: ({ signal }) => unwrap(apiClient.GET('/invoices', { params: { query: filters }, signal })),
    }),

  detail: (invoiceId: string) =>
    queryOptions({
      queryKey: [...invoiceQueries.all(), 'detail', invoiceId] as const,
      queryFn: ({ signal }) =>
        unwrap(apiClient.GET('/invoices/{invoice_id}', { params: { path: { invoice_id: invoiceId } }, signal })),
    }),
}
