import { ApiIdentifier } from '@/components/ui/api-identifier'
import { InvoiceLink } from '@/features/invoices'
import { formatDate } from '@/lib/format/date'
import { formatMoney } from '@/lib/format/money'
import { AGEING_BUCKETS, type AgeingBucket, type CurrencyStatement, type StatementLine } from '../utils/statement'
import './statement.css'

const AGEING_LABELS: Record<AgeingBucket, string> = {
  current: 'Not yet due',
  '1-30': '1–30 days overdue',
  '31-60': '31–60 days overdue',
  '61-90': '61–90 days overdue',
  'over-90': 'Over 90 days overdue',
}

const NOT_COUNTED = { void: 'Void: not counted', credit: 'Credit note: not counted', 'unknown-status': 'Unknown status: not counted' } as const

function LineRow({ line, currency }: { line: StatementLine; currency: string }) {
  const number = (
    <InvoiceLink invoiceId={line.invoiceId}>
      <ApiIdentifier value={line.number} />
    </InvoiceLink>
  )
  if (line.kind === 'payment') {
    return (
      <tr>
        <td>{line.dated ? formatDate(line.date) : <>{formatDate(line.date)} <span className="muted">(date not given)</span></>}</td>
        <td>Payment for {number}</td>
        <td />
        <td className="num">{formatMoney(-line.amount, currency)}</td>
        <td className="num">{formatMoney(line.balance, currency)}</td>
      </tr>
    )
  }
  return (
    <tr className={line.notCounted ? 'statement-not-counted' : undefined}>
      <td>{formatDate(line.date)}</td>
      <td>
        Invoice {number}
        {line.notCounted && <span className="statement-mark"> {NOT_COUNTED[line.notCounted]}</span>}
      </td>
      <td>{formatDate(line.dueDate)}</td>
      <td className="num">{formatMoney(line.amount, currency)}</td>
      <td className="num">{formatMoney(line.balance, currency)}</td>
    </tr>
  )
}

/** One currency's statement: its balances, every line of the period, and the ageing of what is open. */
export function CurrencyStatementSection({ entry, asOf }: { entry: CurrencyStatement; asOf: string }) {
  const { currency } = entry
  const headingId = `statement-${currency}`
  return (
    <section className="statement-currency" aria-labelledby={headingId}>
      <h2 id={headingId}>In {currency}</h2>
      <dl className="statement-figures">
        <div>
          <dt>Opening balance</dt>
          <dd>{formatMoney(entry.opening, currency)}</dd>
        </div>
        <div>
          <dt>Invoiced</dt>
          <dd>{formatMoney(entry.issued, currency)}</dd>
        </div>
        <div>
          <dt>Paid</dt>
          <dd>{formatMoney(entry.paid, currency)}</dd>
        </div>
        <div>
          <dt>Closing balance</dt>
          <dd>{formatMoney(entry.closing, currency)}</dd>
        </div>
      </dl>
      {/* A scrolling box must take focus, or keyboard users cannot scroll it; named so it is announced. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-label={`Statement lines in ${currency}`} tabIndex={0}>
        <table className="data-table statement-lines">
          <caption className="visually-hidden">Invoices and payments in {currency}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Description</th>
              <th scope="col">Due</th>
              <th scope="col" className="num">Amount</th>
              <th scope="col" className="num">Balance</th>
            </tr>
          </thead>
          <tbody>
            {entry.lines.length === 0 && (
              <tr>
                <td colSpan={5}>No invoices or payments in this period.</td>
              </tr>
            )}
            {entry.lines.map((line) => (
              <LineRow key={`${line.kind}:${line.invoiceId}`} line={line} currency={currency} />
            ))}
          </tbody>
        </table>
      </div>
      <table className="data-table statement-ageing">
        <caption>What is still open on {formatDate(asOf)}, by how late it is</caption>
        <tbody>
          {AGEING_BUCKETS.map((bucket) => (
            <tr key={bucket}>
              <th scope="row">{AGEING_LABELS[bucket]}</th>
              <td className="num">{formatMoney(entry.ageing[bucket], currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
