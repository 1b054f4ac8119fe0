import { db } from './db'
import type { DbInvoice, DbPayment } from './db-types'
import { invoiceTotals } from './invoice-totals'

function applyPayment(invoice: DbInvoice, amount: number, paidAt: string): void {
  const { total } = invoiceTotals(invoice.line_items, invoice.tax_rate)
  invoice.amount_paid = Math.min(total, invoice.amount_paid + amount)
  if (invoice.amount_paid >= total) {
    invoice.status = 'paid'
    invoice.paid_at = paidAt
    invoice.payment_url = null
  }
}

/**
 * What Stripe Checkout's success does on the real API: the invoice is paid in full. Recorded as a
 * payment, so the browser's fake server can replay it onto the seed after a reload or in another tab.
 */
export function payInvoice(invoiceId: string, paidAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')): boolean {
  const invoice = db.invoices.find((inv) => inv.id === invoiceId)
  if (!invoice || (invoice.status !== 'sent' && invoice.status !== 'overdue')) return false
  const { total } = invoiceTotals(invoice.line_items, invoice.tax_rate)
  const payment = { invoice_id: invoiceId, amount: total - invoice.amount_paid, paid_at: paidAt }
  db.payments.push(payment)
  applyPayment(invoice, payment.amount, payment.paid_at)
  return true
}

const paymentKey = (payment: DbPayment) => `${payment.invoice_id}@${payment.paid_at}`

/** Takes in payments recorded elsewhere (another tab, the checkout page), applying each one once. */
export function mergePayments(recorded: readonly DbPayment[]): void {
  const known = new Set(db.payments.map(paymentKey))
  for (const payment of recorded) {
    if (known.has(paymentKey(payment))) continue
    db.payments.push(payment)
    const invoice = db.invoices.find((inv) => inv.id === payment.invoice_id)
    if (invoice && invoice.status !== 'paid') applyPayment(invoice, payment.amount, payment.paid_at)
  }
}
