import type { InvoiceDetail } from '@/lib/api/types'
import { formatMoney } from '@/lib/format/money'
import { AmountDue } from './amount-due'
import './invoices.css'

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 3 })

/**
 * The sums under the lines, as the API computed them. A list beside the table rather than its footer:
 * a footer's figures sit in the last column, out of sight on a phone until the table is scrolled.
 */
export function InvoiceSums({ invoice }: { invoice: InvoiceDetail }) {
  const money = (minor: number) => formatMoney(minor, invoice.currency)
  return (
    <dl className="invoice-sums">
      <dt>Subtotal</dt>
      <dd>{money(invoice.subtotal)}</dd>
      <dt>Tax ({percent.format(invoice.tax_rate)})</dt>
      <dd>{money(invoice.tax)}</dd>
      <dt className="invoice-sums-total">Total</dt>
      <dd className="invoice-sums-total">{money(invoice.total)}</dd>
      <dt>Amount paid</dt>
      <dd>{money(invoice.amount_paid)}</dd>
      <dt className="invoice-sums-due">Amount due</dt>
      <dd className="invoice-sums-due">
        <AmountDue invoice={invoice} />
      </dd>
    </dl>
  )
}
