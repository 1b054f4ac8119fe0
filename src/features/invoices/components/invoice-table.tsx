import { Trans, useLingui } from '@lingui/react/macro'
import { useId, type Ref } from 'react'
import { CardTable, CardTableBody, CardTableHead, ColumnHeader } from '@/components/ui/card-table'
import type { Invoice } from '@/lib/api/types'
import { localToday } from '@/lib/format/date'
import { InvoiceRow } from './invoice-row'
import './invoices.css'

type Props = { invoices: Invoice[]; caption?: string; tableRef?: Ref<HTMLTableElement> }

/**
 * A real table, each row a card where it has no room (card-table.tsx): the number and status, then
 * when it is due and what is left to pay, then when it was issued and its total (invoices.css).
 */
export function InvoiceTable({ invoices, caption, tableRef }: Props) {
  const { t } = useLingui()
  const today = localToday()
  const captionId = useId()
  return (
    <CardTable className="invoice-table" labelledBy={captionId} caption={caption ?? t`Invoices, newest first`} tableRef={tableRef}>
      <CardTableHead>
        <ColumnHeader>
          <Trans>Invoice</Trans>
        </ColumnHeader>
        <ColumnHeader>
          <Trans>Status</Trans>
        </ColumnHeader>
        <ColumnHeader>
          <Trans>Issued</Trans>
        </ColumnHeader>
        <ColumnHeader>
          <Trans>Due</Trans>
        </ColumnHeader>
        <ColumnHeader className="num">
          <Trans>Total</Trans>
        </ColumnHeader>
        <ColumnHeader className="num">
          <Trans>Amount due</Trans>
        </ColumnHeader>
      </CardTableHead>
      <CardTableBody>
        {invoices.map((invoice) => (
          <InvoiceRow key={invoice.id} invoice={invoice} today={today} />
        ))}
      </CardTableBody>
    </CardTable>
  )
}
