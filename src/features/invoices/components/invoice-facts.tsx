import { Link } from 'react-router-dom'
import type { InvoiceDetail } from '@/lib/api/types'
import { formatDate, formatDateTime, localToday } from '@/lib/format/date'
import { DueDate } from './due-date'
import './invoices.css'

/** When the invoice was issued, sent, due and paid, and which project it bills. */
export function InvoiceFacts({ invoice }: { invoice: InvoiceDetail }) {
  return (
    <dl className="invoice-facts">
      <dt>Issued</dt>
      <dd>{formatDate(invoice.issue_date)}</dd>
      <dt>Due</dt>
      <dd>
        <DueDate invoice={invoice} today={localToday()} />
      </dd>
      {invoice.sent_at && (
        <>
          <dt>Sent</dt>
          <dd>{formatDateTime(invoice.sent_at)}</dd>
        </>
      )}
      {invoice.paid_at && (
        <>
          <dt>Paid</dt>
          <dd>{formatDateTime(invoice.paid_at)}</dd>
        </>
      )}
      <dt>Project</dt>
      <dd>
        {invoice.project ? (
          <Link to={`/projects/${encodeURIComponent(invoice.project.id)}`}>{invoice.project.name}</Link>
        ) : (
          <span className="muted">No project</span>
        )}
      </dd>
    </dl>
  )
}
