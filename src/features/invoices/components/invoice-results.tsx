import { useSuspenseInfiniteQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { Invoice } from '@/lib/api/types'
import { invoiceQueries } from '../api/invoice-queries'
import { hasFilters, toListFilters, type InvoiceListSearch } from '../utils/invoice-list-search'
import { InvoiceListEmpty } from './invoice-list-empty'
import { InvoiceTable } from './invoice-table'
import { InvoiceTotals } from './invoice-totals'
import { ShowMoreInvoices } from './show-more-invoices'
import './invoices.css'

type Props = { search: InvoiceListSearch; busy: boolean; onClearFilters: () => void }

/** Cursor pages can overlap when invoices arrive between two requests; a row is shown once. */
function uniqueById(invoices: Invoice[]): Invoice[] {
  const seen = new Set<string>()
  return invoices.filter((invoice) => !seen.has(invoice.id) && Boolean(seen.add(invoice.id)))
}

/** The filtered invoices: per-currency totals, how many are shown, the table, and more on request. */
export function InvoiceResults({ search, busy, onClearFilters }: Props) {
  const query = useSuspenseInfiniteQuery(invoiceQueries.infinite(toListFilters(search)))
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query
  const invoices = uniqueById(data.pages.flatMap((page) => page.data))
  const meta = data.pages[data.pages.length - 1]!.meta
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

  const count = isFetchingNextPage
    ? 'Loading more invoices…'
    : meta.total === 0
      ? 'No invoices to show.'
      : `Showing ${invoices.length} of ${meta.total} ${meta.total === 1 ? 'invoice' : 'invoices'}`

  return (
    <div className="invoice-results" aria-busy={busy}>
      {meta.total > 0 && (
        <InvoiceTotals totals={meta.totals_by_currency} includesVoid={search.status === '' || search.status === 'void'} />
      )}
      <p role="status" className={meta.total === 0 ? 'visually-hidden' : 'invoice-count'}>
        {count}
      </p>
      {meta.total === 0 ? (
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
