import { Trans } from '@lingui/react/macro'
import type { Invoice } from '@/lib/api/types'
import { formatMoney } from '@/lib/format/money'
import { amountDue, creditOf } from '../utils/invoice-amounts'
import { isKnownStatus } from '../utils/invoice-status'

/** What is left to pay, or in words why nothing is: void, a credit, paid, or a status not known. */
export function AmountDue({ invoice }: { invoice: Pick<Invoice, 'status' | 'total' | 'amount_paid' | 'currency'> }) {
  if (invoice.status === 'void')
    return (
      <span className="muted">
        <Trans>Not owed</Trans>
      </span>
    )
  if (!isKnownStatus(invoice.status)) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">
          <Trans>Not known</Trans>
        </span>
      </span>
    )
  }
  const credit = creditOf(invoice)
  if (credit > 0) {
    const amount = formatMoney(credit, invoice.currency)
    return (
      <Trans>
        Credit <bdi>{amount}</bdi>
      </Trans>
    )
  }
  const due = amountDue(invoice)
  return due === 0 ? <Trans>Paid</Trans> : <>{formatMoney(due, invoice.currency)}</>
}
