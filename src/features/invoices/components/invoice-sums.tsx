import { Trans } from '@lingui/react/macro'
import type { InvoiceDetail } from '@/lib/api/types'
import { displayLocale } from '@/lib/format/display-locale'
import { formatMoney } from '@/lib/format/money'
import { AmountDue } from './amount-due'
import './invoices.css'

/**
 * The sums under the lines, as the API computed them. A list beside the table rather than its footer:
 * a footer's figures sit in the last column, out of sight on a phone until the table is scrolled.
 */
export function InvoiceSums({ invoice }: { invoice: InvoiceDetail }) {
  const money = (minor: number) => formatMoney(minor, invoice.currency)
  // Made at render, in the language's locale: the language can change while the page is open.
  const rate = new Intl.NumberFormat(displayLocale(), { style: 'percent', maximumFractionDigits: 3 }).format(invoice.tax_rate)
  return (
    <dl className="invoice-sums">
      <dt>
        <Trans>Subtotal</Trans>
      </dt>
      <dd>{money(invoice.subtotal)}</dd>
      <dt>
        <Trans>Tax ({rate})</Trans>
      </dt>
      <dd>{money(invoice.tax)}</dd>
      <dt className="invoice-sums-total">
        <Trans>Total</Trans>
      </dt>
      <dd className="invoice-sums-total">{money(invoice.total)}</dd>
      <dt>
        <Trans>Amount paid</Trans>
      </dt>
      <dd>{money(invoice.amount_paid)}</dd>
      <dt className="invoice-sums-due">
        <Trans>Amount due</Trans>
      </dt>
      <dd className="invoice-sums-due">
        <AmountDue invoice={invoice} />
      </dd>
    </dl>
  )
}
