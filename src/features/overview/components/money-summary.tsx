import { totalsByCurrency } from '@/features/invoices'
import { usePrefetchedQueries, usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { allInvoices, overviewQueries } from '../api/overview-queries'
import { CurrencyFigures } from './currency-figures'

const invoices = (n: number) => `${n} ${n === 1 ? 'invoice' : 'invoices'}`

export function OutstandingBalance({ clientId }: { clientId: string }) {
  const open = usePrefetchedQueries({ queries: overviewQueries.open(clientId), combine: allInvoices })
  return (
    <CurrencyFigures
      totals={totalsByCurrency(open)}
      pick={(t) => t.outstanding}
      detail={(t) => `across ${invoices(t.count)} awaiting payment`}
      none="Nothing to pay right now."
    />
  )
}

export function OverdueSummary({ clientId }: { clientId: string }) {
  const { data: overdue } = usePrefetchedQuery(overviewQueries.overdue(clientId))
  return (
    <CurrencyFigures
      totals={totalsByCurrency(overdue)}
      pick={(t) => t.outstanding}
      detail={(t) => `${invoices(t.count)} overdue`}
      none="Nothing is overdue."
    />
  )
}

export function TotalBilled({ clientId }: { clientId: string }) {
  const billed = usePrefetchedQueries({ queries: overviewQueries.billed(clientId), combine: allInvoices })
  return (
    <CurrencyFigures
      totals={totalsByCurrency(billed)}
      pick={(t) => t.total}
      detail={(t) => `over ${invoices(t.count)}`}
      none="Nothing billed yet."
    />
  )
}
