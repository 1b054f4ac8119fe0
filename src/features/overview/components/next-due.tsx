import { useSuspenseQuery } from '@tanstack/react-query'
import { ApiIdentifier } from '@/components/ui/api-identifier'
import { AmountDue } from '@/features/invoices/components/amount-due'
import { InvoiceLink } from '@/features/invoices/components/invoice-link'
import { awaitingPayment } from '@/features/invoices/utils/invoice-figures'
import { dueHint, formatDate, localToday } from '@/lib/format/date'
import { invoiceQueries } from '@/features/invoices/api/invoice-queries'

/** The sent (not yet overdue) invoice with something left to pay that falls due first. */
export function NextDue({ clientId }: { clientId: string }) {
  const { data: sent } = useSuspenseQuery(invoiceQueries.every({ clientId, status: 'sent' }))
  const next = awaitingPayment(sent)[0]
  if (!next) return <p className="figure-none">No invoice is waiting to be paid.</p>
  const hint = dueHint(next.due_date, localToday())
  return (
    <div>
      <p className="figure">
        <AmountDue invoice={next} />
      </p>
      <p className="figure-detail">
        <InvoiceLink invoiceId={next.id}>
          Invoice <ApiIdentifier value={next.number} />
        </InvoiceLink>
        , {hint === null ? formatDate(next.due_date) : `${hint} (${formatDate(next.due_date)})`}
      </p>
    </div>
  )
}
