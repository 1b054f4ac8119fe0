/* eslint-disable jsx-a11y/no-redundant-roles -- On a phone invoices.css lays the rows out as cards, and
   Safari drops a table's semantics once its parts are no longer displayed as a table: each is restated. */
import { Trans, useLingui } from '@lingui/react/macro'
import { useId, type ReactNode, type Ref } from 'react'
import type { Invoice } from '@/lib/api/types'
import { localToday } from '@/lib/format/date'
import { InvoiceRow } from './invoice-row'
import './invoices.css'

type Props = { invoices: Invoice[]; caption?: string; tableRef?: Ref<HTMLTableElement> }

function ColumnHeader({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <th role="columnheader" scope="col" className={className}>
      {children}
    </th>
  )
}

/**
 * A real table, with each row a card on a phone (invoices.css): the number and status, then what is
 * due and when, every value under its column's name. A table scrolled sideways there kept the amounts
 * out of sight.
 */
export function InvoiceTable({ invoices, caption, tableRef }: Props) {
  const { t } = useLingui()
  const today = localToday()
  const captionId = useId()
  return (
    // A scrolling box must take focus, or keyboard users cannot scroll it; named so it is announced.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll invoice-table-box" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table role="table" className="data-table invoice-table" ref={tableRef}>
        <caption id={captionId} className="visually-hidden">
          {caption ?? t`Invoices, newest first`}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <ColumnHeader><Trans>Invoice</Trans></ColumnHeader>
            <ColumnHeader><Trans>Status</Trans></ColumnHeader>
            <ColumnHeader><Trans>Issued</Trans></ColumnHeader>
            <ColumnHeader><Trans>Due</Trans></ColumnHeader>
            <ColumnHeader className="num"><Trans>Total</Trans></ColumnHeader>
            <ColumnHeader className="num"><Trans>Amount due</Trans></ColumnHeader>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {invoices.map((invoice) => (
            <InvoiceRow key={invoice.id} invoice={invoice} today={today} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
