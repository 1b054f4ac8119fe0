import { Trans, useLingui } from '@lingui/react/macro'
import { ApiIdentifier } from '@/components/ui/api-identifier'
import { EmptyState } from '@/components/ui/empty-state'
import { AmountDue, awaitingPayment, InvoiceLink, InvoiceStatusBadge } from '@/features/invoices'
import { usePrefetchedQueries } from '@/lib/api/prefetched-query'
import { dueHint, formatDate, localToday } from '@/lib/format/date'
import { allInvoices, overviewQueries } from '../api/overview-queries'

/** How many open invoices the overview lists; the invoices page has the rest. */
const SHOWN = 5

/** The few invoices that need the client, oldest due first, so what is late comes first. */
export function OpenInvoices({ clientId }: { clientId: string }) {
  const { t } = useLingui()
  const open = usePrefetchedQueries({
    queries: overviewQueries.open(clientId),
    combine: (results) => awaitingPayment(allInvoices(results)),
  })
  const today = localToday()
  if (open.length === 0) {
    return (
      <EmptyState title={t`You are all paid up.`}>
        <Trans>New invoices from your agency will appear here.</Trans>
      </EmptyState>
    )
  }
  return (
    <ul className="attention-list">
      {open.slice(0, SHOWN).map((invoice) => (
        <li key={invoice.id}>
          <InvoiceLink invoiceId={invoice.id}>
            <Trans>
              Invoice <ApiIdentifier value={invoice.number} />
            </Trans>
          </InvoiceLink>
          <InvoiceStatusBadge status={invoice.status} />
          <span className="num">
            <Trans>
              <AmountDue invoice={invoice} /> due
            </Trans>
          </span>
          <span className="muted">{[dueHint(invoice.due_date, today), formatDate(invoice.due_date)].filter(Boolean).join(' · ')}</span>
        </li>
      ))}
    </ul>
  )
}
