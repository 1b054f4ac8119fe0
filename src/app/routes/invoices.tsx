import { Trans, useLingui } from '@lingui/react/macro'
import type { QueryClient } from '@tanstack/react-query'
import { useRef } from 'react'
import { Link, type LoaderFunctionArgs } from 'react-router-dom'
import { QueryBoundary } from '@/components/query-boundary'
import { Skeleton } from '@/components/ui/skeleton'
import { meQuery, prefetchForClient } from '@/features/account'
import {
  InvoiceFilters,
  invoiceQueries,
  InvoiceResults,
  NO_FILTERS,
  readInvoiceListSearch,
  toListFilters,
  useInvoiceListSearch,
} from '@/features/invoices'
import { DownloadAllButton } from '@/features/statements'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'

/**
 * Starts the first page for the address's filters at navigation; the page reads the same query. Most
 * clients' invoices fit in it, and the summary is added up from it; only a longer list fetches the rest.
 */
export const invoicesLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const search = readInvoiceListSearch(new URL(request.url).searchParams)
    prefetchForClient(queryClient, (clientId) => {
      void queryClient.prefetchInfiniteQuery(invoiceQueries.pages(toListFilters(search, clientId)))
    })
    return null
  }

export function InvoicesPage() {
  const { t } = useLingui()
  const clientId = usePrefetchedQuery(meQuery).data.client_id
  const { applied, draft, update, pending } = useInvoiceListSearch()
  const statusRef = useRef<HTMLSelectElement>(null)

  // The "Clear filters" button goes away with the empty list; focus goes back to where filtering starts.
  const clearFilters = () => {
    update(NO_FILTERS)
    statusRef.current?.focus()
  }

  return (
    <>
      <div className="page-header">
        <h1>
          <Trans>Invoices</Trans>
        </h1>
      </div>
      <InvoiceFilters value={draft} onChange={update} statusRef={statusRef} />
      <div className="invoice-exports">
        <Link to="/statement">
          <Trans>Your statement</Trans>
        </Link>
        {/* A failed count hides the button: the list below says what failed, once, with its retry. */}
        <QueryBoundary loading={null} renderError={() => <></>}>
          <DownloadAllButton filters={toListFilters(applied, clientId)} />
        </QueryBoundary>
      </div>
      <QueryBoundary loading={<Skeleton label={t`Loading invoices`} />} errorTitle={t`Your invoices could not be loaded`}>
        <InvoiceResults clientId={clientId} search={applied} busy={pending} onClearFilters={clearFilters} />
      </QueryBoundary>
    </>
  )
}
