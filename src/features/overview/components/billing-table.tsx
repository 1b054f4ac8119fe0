import { formatMoney } from '@/lib/format/money'
import type { MonthFigures } from './billing-chart'

/** The chart's figures as a table: what screen readers read, and what anyone can open to check. */
export function BillingTable({ months, currency }: { months: MonthFigures[]; currency: string }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Billed and paid by month of issue, in {currency}</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col" className="num">
            Billed
          </th>
          <th scope="col" className="num">
            Paid
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
