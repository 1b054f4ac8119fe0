import { Trans } from '@lingui/react/macro'
import type { ReactNode } from 'react'
import { ApiIdentifier } from '@/components/ui/api-identifier'
import type { Invoice } from '@/lib/api/types'
import { formatDate } from '@/lib/format/date'
import { formatMoney } from '@/lib/format/money'
import { AmountDue } from './amount-due'
import { DueDate } from './due-date'
import { InvoiceLink } from './invoice-link'
import { InvoiceStatusBadge } from './invoice-status-badge'

/**
 * A value under its column's name, for a phone, where the row is a card and the header row is out of
 * sight (invoices.css). Screen readers have the column headers, so the name is hidden from them.
 */
function Cell({ className, label, children }: { className: string; label?: ReactNode; children: ReactNode }) {
  return (
    // The table's parts restate their roles (see invoice-table.tsx); a cell of a table is not a grid's.
    // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
    <td role="cell" className={className}>
      {label && (
        <span className="cell-label" aria-hidden="true">
          {label}
        </span>
      )}
      {children}
    </td>
  )
}

export function InvoiceRow({ invoice, today }: { invoice: Invoice; today: string }) {
  return (
    <tr role="row">
      <th role="rowheader" scope="row" className="invoice-cell-number">
        <InvoiceLink invoiceId={invoice.id}>
          <ApiIdentifier value={invoice.number} />
        </InvoiceLink>
      </th>
      <Cell className="invoice-cell-status">
        <InvoiceStatusBadge status={invoice.status} />
      </Cell>
      <Cell className="invoice-cell-issued" label={<Trans>Issued</Trans>}>
        {formatDate(invoice.issue_date)}
      </Cell>
      <Cell className="invoice-cell-due" label={<Trans>Due</Trans>}>
        <DueDate invoice={invoice} today={today} />
      </Cell>
      <Cell className="num invoice-cell-total" label={<Trans>Total</Trans>}>
        {formatMoney(invoice.total, invoice.currency)}
      </Cell>
      <Cell className="num invoice-cell-owed" label={<Trans>Amount due</Trans>}>
        <AmountDue invoice={invoice} />
      </Cell>
    </tr>
  )
}
