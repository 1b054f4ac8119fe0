import type { Invoice } from '@/lib/api/types'
import { formatMoney } from '@/lib/format/money'
import { amountDue } from '../utils/invoice-amounts'

/** What is left to pay, or in words why nothing is. */
export function AmountDue({ invoice }: { invoice: Pick<Invoice, 'status' | 'total' | 'amount_paid' | 'currency'> }) {
  if (invoice.status === 'void') return <span className="muted">Not owed</span>
  const due = amountDue(invoice)
  return due === 0 ? <>Paid</> : <>{formatMoney(due, invoice.currency)}</>
}
