import { Trans } from '@lingui/react/macro'
import { ApiIdentifier } from '@/components/ui/api-identifier'
import { CardRow, Cell, RowHeader } from '@/components/ui/card-table'
import type { Invoice } from '@/lib/api/types'
import { formatDate } from '@/lib/format/date'
import { formatMoney } from '@/lib/format/money'
import { AmountDue } from './amount-due'
import { DueDate } from './due-date'
import { InvoiceLink } from './invoice-link'
import { InvoiceStatusBadge } from './invoice-status-badge'

export function InvoiceRow({ invoice, today }: { invoice: Invoice; today: string }) {
  return (
    <CardRow>
      <RowHeader className="invoice-cell-number">
        <InvoiceLink invoiceId={invoice.id}>
          <ApiIdentifier value={invoice.number} />
        </InvoiceLink>
      </RowHeader>
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
    </CardRow>
  )
}
