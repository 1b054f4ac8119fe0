import type { CurrencyTotals, Invoice } from '@/lib/api/types'
import { amountDue, isCredit } from './invoice-amounts'
import { isKnownStatus, isOpen, shownToClient } from './invoice-status'

/**
 * Whether an invoice counts in any sum: one the client is shown (no draft), in a status the portal
 * knows (an unknown one is shown in lists but never counted), and not a credit note, which would
 * lower what is billed and owed. An invoice whose currency cannot be shown still counts, in its own
 * currency's figure, which then reads "—" with the code.
 */
export function countsInFigures(invoice: Invoice): boolean {
  return isKnownStatus(invoice.status) && shownToClient(invoice) && !isCredit(invoice)
}

/**
 * Sums per currency, in the shape the API's optional `meta.totals_by_currency` has, so a screen shows
 * the API's figures or these alike: every invoice that counts (`countsInFigures`) counted and its total
 * and payments added; what is outstanding only on open invoices, and never below zero on one (an
 * overpayment). Never a sum across currencies. Oldest currency code first, so the order is stable.
 */
export function totalsByCurrency(invoices: readonly Invoice[]): CurrencyTotals[] {
  const byCurrency = new Map<string, CurrencyTotals>()
  for (const invoice of invoices) {
    if (!countsInFigures(invoice)) continue
    const totals = byCurrency.get(invoice.currency) ?? { currency: invoice.currency, count: 0, total: 0, amount_paid: 0, outstanding: 0 }
    totals.count += 1
    totals.total += invoice.total
    totals.amount_paid += invoice.amount_paid
    if (isOpen(invoice)) totals.outstanding += amountDue(invoice)
    byCurrency.set(invoice.currency, totals)
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency))
}

/** Soonest due first; the number breaks ties, so the order is the same on every screen. */
export function bySoonestDue(a: Invoice, b: Invoice): number {
  return a.due_date.localeCompare(b.due_date) || a.number.localeCompare(b.number)
}

/** Newest issued first, as lists show them: the API's order is not documented, so the portal sorts. */
export function byNewestIssued(a: Invoice, b: Invoice): number {
  return b.issue_date.localeCompare(a.issue_date) || b.number.localeCompare(a.number)
}

/** Open invoices with something left to pay, soonest due first: what needs the client's attention. */
export function awaitingPayment(invoices: readonly Invoice[]): Invoice[] {
  return invoices.filter((invoice) => isOpen(invoice) && amountDue(invoice) > 0).sort(bySoonestDue)
}
