import { plural } from '@lingui/core/macro'
import { useLingui } from '@lingui/react/macro'
import { totalsByCurrency } from '@/features/invoices'
import { usePrefetchedQueries, usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { allInvoices, overviewQueries } from '../api/overview-queries'
import { CurrencyFigures } from './currency-figures'

export function OutstandingBalance({ clientId }: { clientId: string }) {
  const { t } = useLingui()
  const open = usePrefetchedQueries({ queries: overviewQueries.open(clientId), combine: allInvoices })
  return (
    <CurrencyFigures
      totals={totalsByCurrency(open)}
      pick={(totals) => totals.outstanding}
      detail={({ count }) => plural(count, { one: 'across # invoice awaiting payment', other: 'across # invoices awaiting payment' })}
      none={t`Nothing to pay right now.`}
    />
  )
}

export function OverdueSummary({ clientId }: { clientId: string }) {
  const { t } = useLingui()
  const { data: overdue } = usePrefetchedQuery(overviewQueries.overdue(clientId))
  return (
    <CurrencyFigures
      totals={totalsByCurrency(overdue)}
      pick={(totals) => totals.outstanding}
      detail={({ count }) => plural(count, { one: '# invoice overdue', other: '# invoices overdue' })}
      none={t`Nothing is overdue.`}
    />
  )
}

export function TotalBilled({ clientId }: { clientId: string }) {
  const { t } = useLingui()
  const billed = usePrefetchedQueries({ queries: overviewQueries.billed(clientId), combine: allInvoices })
  return (
    <CurrencyFigures
      totals={totalsByCurrency(billed)}
      pick={(totals) => totals.total}
      detail={({ count }) => plural(count, { one: 'over # invoice', other: 'over # invoices' })}
      none={t`Nothing billed yet.`}
    />
  )
}
