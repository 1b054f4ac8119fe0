import type { InvoiceDetail } from '@/lib/api/types'
import { formatMoney } from '@/lib/format/money'
import './invoices.css'

const quantity = new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 })

/** What was billed, line by line. */
export function InvoiceLineItems({ invoice }: { invoice: InvoiceDetail }) {
  const money = (minor: number) => formatMoney(minor, invoice.currency)
  return (
    <>
      <h2 id="line-items-heading">Line items</h2>
      {/* A scrolling box must take focus, or keyboard users cannot scroll it; named so it is announced. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-labelledby="line-items-heading" tabIndex={0}>
        <table className="data-table line-items" aria-labelledby="line-items-heading">
          <thead>
            <tr>
              <th scope="col">Description</th>
              <th scope="col" className="num">
                Quantity
              </th>
              <th scope="col" className="num">
                Unit price
              </th>
              <th scope="col" className="num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.line_items.map((item, index) => (
              // Lines have no id, and two may read the same; their order is fixed.
              <tr key={index}>
                <td>{item.description}</td>
                <td className="num">{quantity.format(item.quantity)}</td>
                <td className="num">{money(item.unit_price)}</td>
                <td className="num">{money(item.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
