import type { CurrencyTotals } from '@/lib/api/types'
import { formatMoney } from '@/lib/format/money'
import './invoices.css'

type Props = { totals: CurrencyTotals[]; includesVoid: boolean }

/**
 * One card per currency: amounts in different currencies are never added together. Named "summary",
 * not "totals": a label lookup by substring for the "To" filter would find "Totals" too.
 */
export function InvoiceTotals({ totals, includesVoid }: Props) {
  return (
    <section className="invoice-totals" aria-labelledby="invoice-totals-heading">
      <h2 id="invoice-totals-heading">Summary</h2>
      <ul>
        {totals.map((t) => (
          <li key={t.currency} className="card" aria-label={`${t.currency} summary`}>
            <p className="invoice-totals-currency">
              {t.currency} · {t.count} {t.count === 1 ? 'invoice' : 'invoices'}
            </p>
            <dl>
              <dt>Billed</dt>
              <dd>{formatMoney(t.total, t.currency)}</dd>
              <dt>Outstanding</dt>
              <dd>{formatMoney(t.outstanding, t.currency)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {includesVoid && <p className="muted">Billed includes void invoices, on which nothing is owed.</p>}
    </section>
  )
}
