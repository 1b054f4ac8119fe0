import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { PrefetchLink } from '@/components/prefetch-link'
import { EmptyState } from '@/components/ui/empty-state'
import { invoiceQueries } from '@/features/invoices/api/invoice-queries'
import { InvoiceStatusBadge } from '@/features/invoices/components/invoice-status-badge'
import { dueHint, formatDate, localToday } from '@/lib/format/date'
import { formatMoney } from '@/lib/format/money'
import { overviewQueries } from '../api/overview-queries'

/** The few invoices that need the client, oldest due first, so what is late comes first. */
export function OpenInvoices() {
  const queryClient = useQueryClient()
  const { data } = useSuspenseQuery(overviewQueries.open())
  const today = localToday()
  if (data.data.length === 0) {
    return <EmptyState title="You are all paid up.">New invoices from your agency will appear here.</EmptyState>
  }
  return (
    <ul className="attention-list">
      {data.data.map((invoice) => (
        <li key={invoice.id}>
          <PrefetchLink
            to={`/invoices/${invoice.id}`}
            prefetch={() => void queryClient.prefetchQuery(invoiceQueries.detail(invoice.id))}
          >
            Invoice {invoice.number}
          </PrefetchLink>
          <InvoiceStatusBadge status={invoice.status} />
          <span className="num">{formatMoney(invoice.total - invoice.amount_paid, invoice.currency)} due</span>
          <span className="muted">
            {dueHint(invoice.due_date, today)} · {formatDate(invoice.due_date)}
          </span>
        </li>
      ))}
    </ul>
  )
}
