import { Trans } from '@lingui/react/macro'
import { formatMoney } from '@/lib/format/money'
import type { MonthFigures } from './billing-chart'

/** The chart's figures as a table: what screen readers read, and what anyone can open to check. */
export function BillingTable({ months, currency }: { months: MonthFigures[]; currency: string }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">
        <Trans>
          Billed and paid by month of issue, in <bdi>{currency}</bdi>
        </Trans>
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <Trans>Month</Trans>
          </th>
          <th scope="col" className="num">
            <Trans>Billed</Trans>
          </th>
          <th scope="col" className="num">
            <Trans>Paid</Trans>
          </th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.month}>
            <th scope="row">{m.label}</th>
            <td className="num">{formatMoney(m.billed, currency)}</td>
            <td className="num">{formatMoney(m.paid, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
