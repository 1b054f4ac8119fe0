import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { apiClient } from '@/lib/api/client'
import { checkInvoiceDetail, checkInvoiceList } from '@/lib/api/money-guards'
import type { InvoiceStatus } from '@/lib/api/types'
import { unwrap } from '@/lib/api/unwrap'

export type InvoiceListFilters = {
  status?: InvoiceStatus[]
  from?: string
  to?: string
  project_id?: string
  sort?: '-issue_date' | 'due_date'
  limit?: number
  cursor?: string
}

/** What an infinite list is keyed by: paging (limit, cursor) belongs to the query, not the caller. */
export type InvoicePagingFilters = Omit<InvoiceListFilters, 'limit' | 'cursor'>

/** Big enough that most clients see everything in one page, small enough that a page stays quick. */
export const INVOICE_PAGE_SIZE = 50

/**
 * Query keys nest under `['invoices']`, so one invalidation refreshes every invoice view. Every answer
 * passes the money guards first: one that fails them is an error on screen, never a wrong amount.
 */
export const invoiceQueries = {
  all: () => ['invoices'] as const,

  list: (filters: InvoiceListFilters = {}) =>
    queryOptions({
      queryKey: [...invoiceQueries.all(), 'list', filters] as const,
      queryFn: ({ signal }) => unwrap(apiClient.GET('/invoices', { params: { query: filters }, signal }), checkInvoiceList),
    }),

  /** Pages by the API's cursor, one page at a time on request: a client may have thousands. */
  infinite: (filters: InvoicePagingFilters = {}) =>
    infiniteQueryOptions({
      queryKey: [...invoiceQueries.all(), 'infinite', filters] as const,
      queryFn: ({ pageParam, signal }) =>
        unwrap(
          apiClient.GET('/invoices', {
            params: { query: { ...filters, limit: INVOICE_PAGE_SIZE, cursor: pageParam } },
            signal,
          }),
          checkInvoiceList,
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.meta.next_cursor ?? undefined,
    }),

  detail: (invoiceId: string) =>
    queryOptions({
      queryKey: [...invoiceQueries.all(), 'detail', invoiceId] as const,
      queryFn: ({ signal }) =>
        unwrap(
          apiClient.GET('/invoices/{invoice_id}', { params: { path: { invoice_id: invoiceId } }, signal }),
          checkInvoiceDetail,
        ),
    }),
}
