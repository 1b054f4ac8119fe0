import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { apiClient } from '@/lib/api/client'
import { checkInvoiceDetail, checkInvoiceList } from '@/lib/api/money-guards'
import { retrying } from '@/lib/api/retrying'
import type { Invoice, InvoiceStatus } from '@/lib/api/types'
import { unwrap } from '@/lib/api/unwrap'
import { shownToClient } from '../utils/invoice-status'

/**
 * What a list asks the API, in the docs' own terms: the client named explicitly (a client's token may
 * be refused a list that does not name it), at most one status, an issue-date range, a project.
 */
export type InvoiceListFilters = {
  clientId: string
  status?: InvoiceStatus
  from?: string
  to?: string
  projectId?: string
}

/** The API's largest page: the fewest round trips when every invoice is needed. */
export const API_MAX_PAGE = 100
/** Big enough that most clients see everything in one page, small enough that a page stays quick. */
export const INVOICE_PAGE_SIZE = 50

type ListPage = Awaited<ReturnType<typeof fetchPage>>

function fetchPage(filters: InvoiceListFilters, limit: number, cursor: string | undefined, signal: AbortSignal) {
  const { clientId, projectId, ...rest } = filters
  const query = { ...rest, client_id: clientId, limit, ...(projectId && { project_id: projectId }), ...(cursor && { cursor }) }
  return unwrap(apiClient.GET('/invoices', { params: { query }, signal }), checkInvoiceList)
}

/**
 * What the portal may show of a page: never a draft (the docs let a client's list answer them), never
 * a row of another status than the one asked for (an API that ignored the filter would count it twice),
 * and each invoice once (cursor pages overlap when invoices arrive between two requests).
 */
function keepShown(filters: InvoiceListFilters, rows: Invoice[], seen: Set<string>): Invoice[] {
  return rows.filter((invoice) => {
    if (!shownToClient(invoice) || (filters.status && invoice.status !== filters.status) || seen.has(invoice.id)) return false
    seen.add(invoice.id)
    return true
  })
}

/**
 * Query keys nest under `['invoices']`, so one invalidation refreshes every invoice view. Every answer
 * passes the money guards first: one that fails them is an error on screen, never a wrong amount.
 */
export const invoiceQueries = {
  all: () => ['invoices'] as const,

  /**
   * Every invoice the filters match, one cursor page after another to the last. Figures that add up
   * invoices (balances, totals, the chart) come from here: the docs promise no sums per currency.
   * `firstPageMeta` carries whatever the API said about the whole set, for a caller that can use it.
   */
  every: (filters: InvoiceListFilters) =>
    queryOptions({
      queryKey: [...invoiceQueries.all(), 'every', filters] as const,
      queryFn: async ({ signal }) => {
        const seen = new Set<string>()
        const invoices: Invoice[] = []
        let cursor: string | undefined
        do {
          const next = cursor
          // A page after the first is tried again on its own, so that a rate limit on page 30 of 50 does
          // not start over at page 1; the first is left to the query's retries, so that an API that is
          // down shows its error as soon as on any other page.
          const page = next
            ? await retrying(() => fetchPage(filters, API_MAX_PAGE, next, signal), signal)
            : await fetchPage(filters, API_MAX_PAGE, undefined, signal)
          invoices.push(...keepShown(filters, page.data, seen))
          cursor = page.meta.next_cursor ?? undefined
        } while (cursor)
        return invoices
      },
    }),

  /** One page at a time on request, for a table: a client may have thousands of invoices. */
  pages: (filters: InvoiceListFilters) =>
    infiniteQueryOptions({
      queryKey: [...invoiceQueries.all(), 'pages', filters] as const,
      queryFn: ({ pageParam, signal }) => fetchPage(filters, INVOICE_PAGE_SIZE, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage: ListPage) => lastPage.meta.next_cursor ?? undefined,
      select: (data) => {
        const seen = new Set<string>()
        return {
          invoices: data.pages.flatMap((page) => keepShown(filters, page.data, seen)),
          /** The API's own per-currency sums over every match, when it sends them (an extension). */
          totals: data.pages[0]?.meta.totals_by_currency ?? null,
        }
      },
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
