import { Plural, Trans } from '@lingui/react/macro'
import { useState } from 'react'
import type { InvoiceDetail } from '@/lib/api/types'
import { displayLocale } from '@/lib/format/display-locale'
import { formatMoney } from '@/lib/format/money'
import './invoices.css'

/**
 * Lines rendered at a time. An invoice may carry thousands (10,000 rows took 2 s to render, 100,000
 * blocked the page for 19 s): a page of them keeps any invoice responsive, and the sums below the
 * table are the API's, so they never depend on how many lines are on screen.
 */
export const LINES_PER_PAGE = 100

/** What was billed, line by line. */
export function InvoiceLineItems({ invoice }: { invoice: InvoiceDetail }) {
  const money = (minor: number) => formatMoney(minor, invoice.currency)
  // Made at render, in the language's locale: the language can change while the page is open.
  const quantity = new Intl.NumberFormat(displayLocale(), { maximumFractionDigits: 3 })
  const count = new Intl.NumberFormat(displayLocale())
  const [shown, setShown] = useState(LINES_PER_PAGE)
  const lines = invoice.line_items
  const visible = lines.length > shown ? lines.slice(0, shown) : lines
  const total = lines.length
  const more = Math.min(LINES_PER_PAGE, lines.length - visible.length)
  const shownText = count.format(visible.length)
  const totalText = count.format(total)
  const moreText = count.format(more)
  return (
    <>
      <h2 id="line-items-heading">
        <Trans>Line items</Trans>
      </h2>
      {/* A scrolling box must take focus, or keyboard users cannot scroll it; named so it is announced. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-labelledby="line-items-heading" tabIndex={0}>
        <table className="data-table line-items" aria-labelledby="line-items-heading">
          <thead>
            <tr>
              <th scope="col">
                <Trans>Description</Trans>
              </th>
              <th scope="col" className="num">
                <Trans>Quantity</Trans>
              </th>
              <th scope="col" className="num">
                <Trans>Unit price</Trans>
              </th>
              <th scope="col" className="num">
                <Trans>Amount</Trans>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((item, index) => (
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
      {lines.length > LINES_PER_PAGE && (
        <div className="show-more">
          <p role="status" className="muted">
            <Plural
              value={total}
              one={`Showing ${shownText} of ${totalText} line`}
              other={`Showing ${shownText} of ${totalText} lines`}
            />
          </p>
          {visible.length < lines.length && (
            <button type="button" className="button-quiet" onClick={() => setShown((n) => n + LINES_PER_PAGE)}>
              <Plural value={more} one={`Show ${moreText} more line`} other={`Show ${moreText} more lines`} />
            </button>
          )}
        </div>
      )}
    </>
  )
}
