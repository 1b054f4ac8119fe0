import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router-dom'
import type { InvoiceDetail } from '@/lib/api/types'
import { formatDate, formatDateTime, localToday } from '@/lib/format/date'
import { DueDate } from './due-date'
import './invoices.css'

/** When the invoice was issued, sent, due and paid, and which project it bills. */
export function InvoiceFacts({ invoice }: { invoice: InvoiceDetail }) {
  return (
    <dl className="invoice-facts">
      <dt>
        <Trans>Issued</Trans>
      </dt>
      <dd>{formatDate(invoice.issue_date)}</dd>
      <dt>
        <Trans>Due</Trans>
      </dt>
      <dd>
        <DueDate invoice={invoice} today={localToday()} />
      </dd>
      {invoice.sent_at && (
        <>
          <dt>
            <Trans>Sent</Trans>
          </dt>
          <dd>{formatDateTime(invoice.sent_at)}</dd>
        </>
      )}
      {invoice.paid_at && (
        <>
          <dt>
            <Trans>Paid</Trans>
          </dt>
          <dd>{formatDateTime(invoice.paid_at)}</dd>
        </>
      )}
      <dt>
        <Trans>Project</Trans>
      </dt>
      <dd>
        {invoice.project ? (
          <Link to={`/projects/${encodeURIComponent(invoice.project.id)}`}>{invoice.project.name}</Link>
        ) : (
          <span className="muted">
            <Trans>No project</Trans>
          </span>
        )}
      </dd>
    </dl>
  )
}
