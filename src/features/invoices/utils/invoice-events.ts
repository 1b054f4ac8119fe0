import { t } from '@lingui/core/macro'
import type { Invoice } from '@/lib/api/types'
import { isCalendarDate } from '@/lib/format/date'
import { stripBidiControls } from '@/lib/format/identifier'
import { formatMoney } from '@/lib/format/money'
import { amountDue } from './invoice-amounts'
import { isOpen } from './invoice-status'
import type { CalendarEvent } from './ics'

/** Stable per invoice, so a second import of the calendar updates its due date instead of adding one. */
export const invoiceEventUid = (invoiceId: string) => `invoice-due-${encodeURIComponent(invoiceId)}@nextoria-portal`

/** Whether an invoice has a due date worth a calendar entry: open, something left to pay, a real date. */
export function hasDueEvent(invoice: Invoice): boolean {
  return isOpen(invoice) && amountDue(invoice) > 0 && isCalendarDate(invoice.due_date)
}

/**
 * The all-day event on an open invoice's due date, with its number, what is due and a link back.
 * Its texts are in the language spoken when the client exports.
 */
export function invoiceDueEvent(invoice: Invoice, origin: string): CalendarEvent {
  const number = stripBidiControls(invoice.number).text
  const due = formatMoney(amountDue(invoice), invoice.currency)
  const url = `${origin}/invoices/${encodeURIComponent(invoice.id)}`
  const dueOnInvoice = t`${due} is due on invoice ${number}.`
  return {
    uid: invoiceEventUid(invoice.id),
    date: invoice.due_date,
    summary: t`Invoice ${number} due: ${due}`,
    description: `${dueOnInvoice}\n${url}`,
    url,
  }
}
