import { Trans, useLingui } from '@lingui/react/macro'
import { useId, type Ref } from 'react'
import type { Invoice } from '@/lib/api/types'
import { localToday } from '@/lib/format/date'
import { InvoiceRow } from './invoice-row'
import './invoices.css'

type Props = { invoices: Invoice[]; caption?: string; tableRef?: Ref<HTMLTableElement> }

/** A real table, scrolled sideways inside its own box on a phone rather than squeezed. */
export function InvoiceTable({ invoices, caption, tableRef }: Props) {
  const { t } = useLingui()
  const today = localToday()
  const captionId = useId()
  return (
    // A scrolling box must take focus, or keyboard users cannot scroll it; named so it is announced.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table invoice-table" ref={tableRef}>
        <caption id={captionId} className="visually-hidden">
          {caption ?? t`Invoices, newest first`}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans>Invoice</Trans>
            </th>
            <th scope="col">
              <Trans>Status</Trans>
            </th>
            <th scope="col">
              <Trans>Issued</Trans>
            </th>
            <th scope="col">
              <Trans>Due</Trans>
            </th>
            <th scope="col" className="num">
              <Trans>Total</Trans>
            </th>
            <th scope="col" className="num">
              <Trans>Amount due</Trans>
            </th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <InvoiceRow key={invoice.id} invoice={invoice} today={today} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
