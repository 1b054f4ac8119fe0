import { Plural, Trans, useLingui } from '@lingui/react/macro'
import type { CurrencyTotals } from '@/lib/api/types'
import { formatMoney } from '@/lib/format/money'
import './invoices.css'

type Props = { totals: CurrencyTotals[]; includesVoid: boolean }

/**
 * One card per currency: amounts in different currencies are never added together. Named "summary",
 * not "totals": a label lookup by substring for the "To" filter would find "Totals" too.
 */
export function InvoiceTotals({ totals, includesVoid }: Props) {
  const { t } = useLingui()
  return (
    <section className="invoice-totals" aria-labelledby="invoice-totals-heading">
      <h2 id="invoice-totals-heading">
        <Trans>Summary</Trans>
      </h2>
      <ul>
        {totals.map(({ currency, count, total, outstanding }) => (
          <li key={currency} className="card" aria-label={t`${currency} summary`}>
            <p className="invoice-totals-currency">
              <Plural
                value={count}
                one={
                  <Trans>
                    <bdi>{currency}</bdi> · # invoice
                  </Trans>
                }
                other={
                  <Trans>
                    <bdi>{currency}</bdi> · # invoices
                  </Trans>
                }
              />
            </p>
            <dl>
              <dt>
                <Trans>Billed</Trans>
              </dt>
              <dd>{formatMoney(total, currency)}</dd>
              <dt>
                <Trans>Outstanding</Trans>
              </dt>
              <dd>{formatMoney(outstanding, currency)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {includesVoid && (
        <p className="muted">
          <Trans>Billed includes void invoices, on which nothing is owed.</Trans>
        </p>
      )}
    </section>
  )
}
