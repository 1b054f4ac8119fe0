import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { ApiIdentifier } from '@/components/ui/api-identifier'
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
      <tr>
        <td>
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
        </td>
        <td>
          <Trans>Payment for {number}</Trans>
        </td>
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
        <Trans>Invoice {number}</Trans>
        {line.notCounted && <span className="statement-mark"> {i18n._(NOT_COUNTED[line.notCounted])}</span>}
      </td>
      <td>{formatDate(line.dueDate)}</td>
      <td className="num">{formatMoney(line.amount, currency)}</td>
      <td className="num">{formatMoney(line.balance, currency)}</td>
    </tr>
  )
}

/** One currency's statement: its balances, every line of the period, and the ageing of what is open. */
export function CurrencyStatementSection({ entry, asOf }: { entry: CurrencyStatement; asOf: string }) {
  const { i18n, t } = useLingui()
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
      {/* A scrolling box must take focus, or keyboard users cannot scroll it; named so it is announced. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-label={t`Statement lines in ${currency}`} tabIndex={0}>
        <table className="data-table statement-lines">
          <caption className="visually-hidden">
            <Trans>
              Invoices and payments in <bdi>{currency}</bdi>
            </Trans>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Trans>Date</Trans>
              </th>
              <th scope="col">
                <Trans>Description</Trans>
              </th>
              <th scope="col">
                <Trans>Due</Trans>
              </th>
              <th scope="col" className="num">
                <Trans>Amount</Trans>
              </th>
              <th scope="col" className="num">
                <Trans>Balance</Trans>
              </th>
            </tr>
          </thead>
          <tbody>
            {entry.lines.length === 0 && (
              <tr>
                <td colSpan={5}>
                  <Trans>No invoices or payments in this period.</Trans>
                </td>
              </tr>
            )}
            {entry.lines.map((line) => (
              <LineRow key={`${line.kind}:${line.invoiceId}`} line={line} currency={currency} />
            ))}
          </tbody>
        </table>
      </div>
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
