import { useSuspenseQuery } from '@tanstack/react-query'
import type { CurrencyTotals, Invoice } from '@/lib/api/types'
import { invoiceQueries, type InvoiceListFilters } from '../api/invoice-queries'
import { countsInFigures, totalsByCurrency } from '../utils/invoice-figures'
import { InvoiceTotals } from './invoice-totals'

type Props = {
  filters: InvoiceListFilters
  /** The API's own sums, when its answer carried them (an extension the docs do not promise). */
  apiTotals: CurrencyTotals[] | null
  /** The rows loaded so far, and whether they are every match. */
  loaded: Invoice[]
  complete: boolean
  includesVoid: boolean
}

/** The sums from every matching invoice, which the documented API leaves to the portal to add up. */
function EveryPageSummary({ filters, includesVoid }: Pick<Props, 'filters' | 'includesVoid'>) {
  const { data } = useSuspenseQuery(invoiceQueries.every(filters))
  return <InvoiceTotals totals={totalsByCurrency(data)} includesVoid={includesVoid} />
}

/**
 * Per-currency sums over every invoice the filters match: the API's own when its answer carries them
 * (a fast path, detected in the answer), else added up from the rows when they are all here, else
 * from every page of the list, fetched for the purpose.
 */
export function InvoiceSummary({ filters, apiTotals, loaded, complete, includesVoid }: Props) {
  // The API's sums count whatever it holds; once a row shows they hold something the portal would not
  // count (a status it does not know, a credit note), the portal adds up for itself.
  const apiCountsAsWeDo = loaded.every(countsInFigures)
  if (apiTotals && apiCountsAsWeDo) return <InvoiceTotals totals={apiTotals} includesVoid={includesVoid} />
  if (complete) return <InvoiceTotals totals={totalsByCurrency(loaded)} includesVoid={includesVoid} />
  return <EveryPageSummary filters={filters} includesVoid={includesVoid} />
}

/** How many invoices match, once known: from the API's sums, or from the full list once it is here. */
export function matchCount(apiTotals: CurrencyTotals[] | null, every: unknown[] | undefined): number | null {
  if (apiTotals) return apiTotals.reduce((sum, t) => sum + t.count, 0)
  return every?.length ?? null
}
