import { db } from '../db'
import { invoiceTotals } from '../invoice-totals'

export type CheckoutInvoice = {
  id: string
  number: string
  clientName: string
  currency: string
  amountDue: number
}

export type CheckoutLookup = { invoice: CheckoutInvoice } | { problem: 'unknown' | 'paid' | 'not-payable' }

/** The invoice a checkout link names, if it can be paid: as Stripe would, by the session it was made for. */
export function findCheckoutInvoice(invoiceId: string | null): CheckoutLookup {
  const row = invoiceId ? db.invoices.find((inv) => inv.id === invoiceId) : undefined
  if (!row) return { problem: 'unknown' }
  if (row.status === 'paid') return { problem: 'paid' }
  if (row.status !== 'sent' && row.status !== 'overdue') return { problem: 'not-payable' }
  const { total } = invoiceTotals(row.line_items, row.tax_rate)
  const client = db.clients.find((c) => c.id === row.client_id)
  return {
    invoice: {
      id: row.id,
      number: row.number,
      clientName: client?.company ?? client?.name ?? '',
      currency: row.currency,
      amountDue: total - row.amount_paid,
    },
  }
}

/** Minor units with the currency's own digits (the app's formatMoney is not the fake backend's to import). */
export function formatAmount(minor: number, currency: string): string {
  const format = new Intl.NumberFormat(undefined, { style: 'currency', currency })
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  return format.format(minor / 10 ** digits)
}
