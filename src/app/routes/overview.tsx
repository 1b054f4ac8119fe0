import type { QueryClient } from '@tanstack/react-query'
import { useSuspenseQuery } from '@tanstack/react-query'
import { invoiceQueries } from '@/features/invoices/api/invoice-queries'
import { formatMoney } from '@/lib/format/money'

const openInvoices = invoiceQueries.list({ status: ['sent', 'overdue'], limit: 5 })

export const overviewLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(openInvoices)
  return null
}

export function OverviewPage() {
  const { data } = useSuspenseQuery(openInvoices)
  const balances = data.meta.totals_by_currency.filter((t) => t.outstanding > 0)

  return (
    <>
      <h1>Overview</h1>
      <section aria-labelledby="balance-heading">
        <h2 id="balance-heading">Outstanding balance</h2>
        {balances.length === 0 ? (
          <p>Nothing to pay right now.</p>
        ) : (
          <ul className="balances">
            {balances.map((t) => (
              <li key={t.currency}>
                <span className="amount">{formatMoney(t.outstanding, t.currency)}</span>{' '}
                <span>
                  across {t.count} open {t.count === 1 ? 'invoice' : 'invoices'} in {t.currency}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
