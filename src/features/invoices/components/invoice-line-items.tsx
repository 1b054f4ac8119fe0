import { Plural, Trans } from '@lingui/react/macro'
import { useState } from 'react'
import { CardRow, CardTable, CardTableBody, CardTableHead, Cell, ColumnHeader } from '@/components/ui/card-table'
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
      <CardTable className="line-items" labelledBy="line-items-heading">
        <CardTableHead>
          <ColumnHeader>
            <Trans>Description</Trans>
          </ColumnHeader>
          <ColumnHeader className="num">
            <Trans>Quantity</Trans>
          </ColumnHeader>
          <ColumnHeader className="num">
            <Trans>Unit price</Trans>
          </ColumnHeader>
          <ColumnHeader className="num">
            <Trans>Amount</Trans>
          </ColumnHeader>
        </CardTableHead>
        <CardTableBody>
          {visible.map((item, index) => (
            // Lines have no id, and two may read the same; their order is fixed.
            <CardRow key={index}>
              <Cell className="line-cell-description">{item.description}</Cell>
              <Cell className="num card-start line-cell-quantity" label={<Trans>Quantity</Trans>}>
                {quantity.format(item.quantity)}
              </Cell>
              <Cell className="num line-cell-price" label={<Trans>Unit price</Trans>}>
                {money(item.unit_price)}
              </Cell>
              <Cell className="num line-cell-amount" label={<Trans>Amount</Trans>}>
                {money(item.amount)}
              </Cell>
            </CardRow>
          ))}
        </CardTableBody>
      </CardTable>
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
