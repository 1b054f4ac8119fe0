import { useSuspenseQuery } from '@tanstack/react-query'
import { overviewQueries } from '../api/overview-queries'
import { CurrencyFigures } from './currency-figures'

const invoices = (n: number) => `${n} ${n === 1 ? 'invoice' : 'invoices'}`

export function OutstandingBalance() {
  const { data } = useSuspenseQuery(overviewQueries.open())
  return (
    <CurrencyFigures
      totals={data.meta.totals_by_currency}
      pick={(t) => t.outstanding}
      detail={(t) => `across ${invoices(t.count)} awaiting payment`}
      none="Nothing to pay right now."
    />
  )
}

export function OverdueSummary() {
  const { data } = useSuspenseQuery(overviewQueries.overdue())
  return (
    <CurrencyFigures
      totals={data.meta.totals_by_currency}
      pick={(t) => t.outstanding}
      detail={(t) => `${invoices(t.count)} overdue`}
      none="Nothing is overdue."
    />
  )
}

export function TotalBilled() {
  const { data } = useSuspenseQuery(overviewQueries.billed())
  return (
    <CurrencyFigures
      totals={data.meta.totals_by_currency}
      pick={(t) => t.total}
      detail={(t) => `over ${invoices(t.count)}`}
      none="Nothing billed yet."
    />
  )
}
