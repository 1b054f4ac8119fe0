import { Trans } from '@lingui/react/macro'
import { ApiIdentifier } from '@/components/ui/api-identifier'
import { AmountDue, awaitingPayment, InvoiceLink } from '@/features/invoices'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { dueHint, formatDate, localToday } from '@/lib/format/date'
import { overviewQueries } from '../api/overview-queries'

/** The sent (not yet overdue) invoice with something left to pay that falls due first. */
export function NextDue({ clientId }: { clientId: string }) {
  const { data: sent } = usePrefetchedQuery(overviewQueries.sent(clientId))
  const next = awaitingPayment(sent)[0]
  if (!next) {
    return (
      <p className="figure-none">
        <Trans>No invoice is waiting to be paid.</Trans>
      </p>
    )
  }
  const hint = dueHint(next.due_date, localToday())
  const dueDate = formatDate(next.due_date)
  return (
    <div>
      <p className="figure">
        <AmountDue invoice={next} />
      </p>
      <p className="figure-detail">
        {hint === null ? (
          <Trans>
            <InvoiceLink invoiceId={next.id}>
              Invoice <ApiIdentifier value={next.number} />
            </InvoiceLink>
            , <bdi>{dueDate}</bdi>
          </Trans>
        ) : (
          <Trans>
            <InvoiceLink invoiceId={next.id}>
              Invoice <ApiIdentifier value={next.number} />
            </InvoiceLink>
            , {hint} (<bdi>{dueDate}</bdi>)
          </Trans>
        )}
      </p>
    </div>
  )
}
