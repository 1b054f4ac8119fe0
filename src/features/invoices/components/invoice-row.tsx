import { ApiIdentifier } from '@/components/ui/api-identifier'
import type { Invoice } from '@/lib/api/types'
import { formatDate } from '@/lib/format/date'
import { formatMoney } from '@/lib/format/money'
import { AmountDue } from './amount-due'
import { DueDate } from './due-date'
import { InvoiceLink } from './invoice-link'
import { InvoiceStatusBadge } from './invoice-status-badge'

export function InvoiceRow({ invoice, today }: { invoice: Invoice; today: string }) {
  return (
    <tr>
      <th scope="row">
        <InvoiceLink invoiceId={invoice.id}>
          <ApiIdentifier value={invoice.number} />
        </InvoiceLink>
      </th>
      <td>
        <InvoiceStatusBadge status={invoice.status} />
      </td>
      <td>{formatDate(invoice.issue_date)}</td>
      <td>
        <DueDate invoice={invoice} today={today} />
      </td>
      <td className="num">{formatMoney(invoice.total, invoice.currency)}</td>
      <td className="num">
        <AmountDue invoice={invoice} />
      </td>
    </tr>
  )
}
