import { Plural, Trans, useLingui } from '@lingui/react/macro'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { QueryBoundary } from '@/components/query-boundary'
import { Skeleton } from '@/components/ui/skeleton'
import { usePrefetchedInfiniteQuery } from '@/lib/api/prefetched-query'
import { displayLocale } from '@/lib/format/display-locale'
import { invoiceQueries } from '../api/invoice-queries'
import { byNewestIssued } from '../utils/invoice-figures'
import { hasFilters, toListFilters, type InvoiceListSearch } from '../utils/invoice-list-search'
import { InvoiceListEmpty } from './invoice-list-empty'
import { InvoiceSummary, matchCount } from './invoice-summary'
import { InvoiceTable } from './invoice-table'
import { ShowMoreInvoices } from './show-more-invoices'
import './invoices.css'

type Props = { clientId: string; search: InvoiceListSearch; busy: boolean; onClearFilters: () => void }

/** The filtered invoices: per-currency sums, how many are shown, the table, and more on request. */
export function InvoiceResults({ clientId, search, busy, onClearFilters }: Props) {
  const { t } = useLingui()
  const filters = toListFilters(search, clientId)
  const query = usePrefetchedInfiniteQuery(invoiceQueries.pages(filters))
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query
  const invoices = [...data.invoices].sort(byNewestIssued)
  // The query the summary suspends on when more pages remain; here only read, to say "of how many".
  const every = useQuery({ ...invoiceQueries.every(filters), enabled: hasNextPage && !data.totals })
  const total = hasNextPage ? matchCount(data.totals, every.data) : invoices.length
  const tableRef = useRef<HTMLTableElement>(null)
  const firstNewRow = useRef<number | null>(null)

  // When the last page lands the button goes away; focus moves to the first new row instead of the page top.
  useEffect(() => {
    const index = firstNewRow.current
    if (index === null || isFetchingNextPage) return
    firstNewRow.current = null
    if (!hasNextPage) tableRef.current?.tBodies[0]?.rows[index]?.querySelector('a')?.focus()
  }, [invoices.length, hasNextPage, isFetchingNextPage])

  const showMore = () => {
    firstNewRow.current = invoices.length
    void fetchNextPage()
  }

  const empty = invoices.length === 0 && !hasNextPage
  // Counts in the language's locale, as money and dates are.
  const number = new Intl.NumberFormat(displayLocale())
  const loaded = invoices.length
  const shown = number.format(loaded)
  const totalText = total === null ? '' : number.format(total)
  const count = isFetchingNextPage ? (
    <Trans>Loading more invoices…</Trans>
  ) : empty ? (
    <Trans>No invoices to show.</Trans>
  ) : total === null ? (
    <Plural value={loaded} one={`Showing the first ${shown} invoice`} other={`Showing the first ${shown} invoices`} />
  ) : (
    <Plural value={total} one={`Showing ${shown} of ${totalText} invoice`} other={`Showing ${shown} of ${totalText} invoices`} />
  )

  return (
    <div className="invoice-results" aria-busy={busy}>
      {!empty && (
        // Keyed by the filters: a new boundary shows its skeleton while new sums load, so a filter's
        // rows need not wait for every page of the list to be added up.
        <QueryBoundary
          key={JSON.stringify(filters)}
          loading={<Skeleton label={t`Adding up your invoices`} lines={2} />}
          errorTitle={t`The summary could not be loaded`}
        >
          <InvoiceSummary
            filters={filters}
            apiTotals={data.totals}
            loaded={invoices}
            complete={!hasNextPage}
            includesVoid={search.status === '' || search.status === 'void'}
          />
        </QueryBoundary>
      )}
      <p role="status" className={empty ? 'visually-hidden' : 'invoice-count'}>
        {count}
      </p>
      {empty ? (
        <InvoiceListEmpty filtered={hasFilters(search)} onClearFilters={onClearFilters} />
      ) : (
        <InvoiceTable invoices={invoices} tableRef={tableRef} />
      )}
      {hasNextPage && (
        <ShowMoreInvoices onShowMore={showMore} loading={isFetchingNextPage} failed={isFetchNextPageError} />
      )}
    </div>
  )
}
