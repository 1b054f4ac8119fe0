import type { Invoice } from '@/lib/api/types'
import { daysBetween, dueHint, formatDate } from '@/lib/format/date'
import { isPayable } from '../utils/invoice-amounts'
import './invoices.css'

/** The due date, and for an invoice still to pay how it relates to today ("due in 3 days"). */
export function DueDate({ invoice, today }: { invoice: Pick<Invoice, 'status' | 'due_date'>; today: string }) {
  const days = daysBetween(today, invoice.due_date)
  const hint = isPayable(invoice) ? dueHint(invoice.due_date, today) : null
  return (
    <>
      {formatDate(invoice.due_date)}
      {hint !== null && <span className={days !== null && days < 0 ? 'due-hint due-hint-late' : 'due-hint'}>{hint}</span>}
    </>
  )
}
