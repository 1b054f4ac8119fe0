import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { ApiIdentifier } from '@/components/ui/api-identifier'
import { CardRow, CardTable, CardTableBody, CardTableHead, Cell, ColumnHeader } from '@/components/ui/card-table'
import { InvoiceLink } from '@/features/invoices'
import { formatDate } from '@/lib/format/date'
import { formatMoney } from '@/lib/format/money'
import { AGEING_BUCKETS, type AgeingBucket, type CurrencyStatement, type StatementLine } from '../utils/statement'
import './statement.css'

const AGEING_LABELS: Record<AgeingBucket, MessageDescriptor> = {
  current: msg`Not yet due`,
  '1-30': msg`1–30 days overdue`,
  '31-60': msg`31–60 days overdue`,
  '61-90': msg`61–90 days overdue`,
  'over-90': msg`Over 90 days overdue`,
}

const NOT_COUNTED = {
  void: msg`Void: not counted`,
  credit: msg`Credit note: not counted`,
  'unknown-status': msg`Unknown status: not counted`,
} as const satisfies Record<string, MessageDescriptor>

function LineRow({ line, currency }: { line: StatementLine; currency: string }) {
  const { i18n } = useLingui()
  const number = (
    <InvoiceLink invoiceId={line.invoiceId}>
      <ApiIdentifier value={line.number} />
    </InvoiceLink>
  )
  if (line.kind === 'payment') {
    return (
      <CardRow>
        <Cell className="statement-cell-date" label={<Trans>Date</Trans>}>
          {line.dated ? (
            formatDate(line.date)
          ) : (
            <>
              <bdi>{formatDate(line.date)}</bdi>{' '}
              <span className="muted">
                <Trans>(date not given)</Trans>
              </span>
            </>
          )}
        </Cell>
        <Cell className="statement-cell-description">
          <Trans>Payment for {number}</Trans>
        </Cell>
        <Cell className="statement-cell-due">{null}</Cell>
        <Cell className="num statement-cell-amount" label={<Trans>Amount</Trans>}>
          {formatMoney(-line.amount, currency)}
        </Cell>
        <Cell className="num statement-cell-balance" label={<Trans>Balance</Trans>}>
          {formatMoney(line.balance, currency)}
        </Cell>
      </CardRow>
    )
  }
  return (
    <CardRow className={line.notCounted ? 'statement-not-counted' : undefined}>
      <Cell className="statement-cell-date" label={<Trans>Date</Trans>}>
        {formatDate(line.date)}
      </Cell>
      <Cell className="statement-cell-description">
        <Trans>Invoice {number}</Trans>
        {line.notCounted && <span className="statement-mark"> {i18n._(NOT_COUNTED[line.notCounted])}</span>}
      </Cell>
      <Cell className="statement-cell-due" label={<Trans>Due</Trans>}>
        {formatDate(line.dueDate)}
      </Cell>
      <Cell className="num statement-cell-amount" label={<Trans>Amount</Trans>}>
        {formatMoney(line.amount, currency)}
      </Cell>
      <Cell className="num statement-cell-balance" label={<Trans>Balance</Trans>}>
        {formatMoney(line.balance, currency)}
      </Cell>
    </CardRow>
  )
}

/** One currency's statement: its balances, every line of the period, and the ageing of what is open. */
export function CurrencyStatementSection({ entry, asOf }: { entry: CurrencyStatement; asOf: string }) {
  const { i18n } = useLingui()
  const { currency } = entry
  const asOfText = formatDate(asOf)
  const headingId = `statement-${currency}`
  return (
    <section className="statement-currency" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Trans>
          In <bdi>{currency}</bdi>
        </Trans>
      </h2>
      <dl className="statement-figures">
        <div>
          <dt>
            <Trans>Opening balance</Trans>
          </dt>
          <dd>{formatMoney(entry.opening, currency)}</dd>
        </div>
        <div>
          <dt>
            <Trans>Invoiced</Trans>
          </dt>
          <dd>{formatMoney(entry.issued, currency)}</dd>
        </div>
        <div>
          <dt>
            <Trans>Paid</Trans>
          </dt>
          <dd>{formatMoney(entry.paid, currency)}</dd>
        </div>
        <div>
          <dt>
            <Trans>Closing balance</Trans>
          </dt>
          <dd>{formatMoney(entry.closing, currency)}</dd>
        </div>
      </dl>
      <CardTable
        className="statement-lines"
        labelledBy={`statement-lines-${currency}`}
        caption={
          <Trans>
            Invoices and payments in <bdi>{currency}</bdi>
          </Trans>
        }
      >
        <CardTableHead>
          <ColumnHeader>
            <Trans>Date</Trans>
          </ColumnHeader>
          <ColumnHeader>
            <Trans>Description</Trans>
          </ColumnHeader>
          <ColumnHeader>
            <Trans>Due</Trans>
          </ColumnHeader>
          <ColumnHeader className="num">
            <Trans>Amount</Trans>
          </ColumnHeader>
          <ColumnHeader className="num">
            <Trans>Balance</Trans>
          </ColumnHeader>
        </CardTableHead>
        <CardTableBody>
          {entry.lines.length === 0 && (
            <CardRow>
              <Cell className="statement-cell-empty" colSpan={5}>
                <Trans>No invoices or payments in this period.</Trans>
              </Cell>
            </CardRow>
          )}
          {entry.lines.map((line) => (
            <LineRow key={`${line.kind}:${line.invoiceId}`} line={line} currency={currency} />
          ))}
        </CardTableBody>
      </CardTable>
      <table className="data-table statement-ageing">
        <caption>
          <Trans>
            What is still open on <bdi>{asOfText}</bdi>, by how late it is
          </Trans>
        </caption>
        <tbody>
          {AGEING_BUCKETS.map((bucket) => (
            <tr key={bucket}>
              <th scope="row">{i18n._(AGEING_LABELS[bucket])}</th>
              <td className="num">{formatMoney(entry.ageing[bucket], currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
