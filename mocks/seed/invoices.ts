import type { components } from '../../src/lib/api/schema'
import type { DbInvoice, DbLineItem } from '../db-types'
import { invoiceTotals } from '../invoice-totals'
import { addDays, daysAgo, timestamp } from './dates'

// Every client's invoices are written (or generated) as plans, then built and numbered here alike.

export type InvoiceStatus = components['schemas']['InvoiceStatus']

export type InvoicePlan = {
  id: string
  clientId: string
  projectId: string | null
  currency: string
  status: InvoiceStatus
  issuedAgo: number
  termsDays: 14 | 30
  lineItems: DbLineItem[]
  taxRate: number
  notes: string | null
  /** Paid invoices: days from issue to payment (kept at or before yesterday). */
  paidAfterDays?: number
  /** Sent and overdue invoices: the share of the total already paid; 0 or absent means nothing. */
  paidShare?: number
  minute?: number
}

export type UnnumberedInvoice = Omit<DbInvoice, 'number'>

export function buildInvoice(today: string, plan: InvoicePlan): UnnumberedInvoice {
  const issueDate = daysAgo(today, plan.issuedAgo)
  const { total } = invoiceTotals(plan.lineItems, plan.taxRate)
  const minute = plan.minute ?? 0
  const paidAfterDays = Math.min(plan.paidAfterDays ?? 0, plan.issuedAgo - 1)
  const paidDay = plan.status === 'paid' ? addDays(issueDate, paidAfterDays) : null
  return {
    id: plan.id,
    status: plan.status,
    client_id: plan.clientId,
    project_id: plan.projectId,
    currency: plan.currency,
    issue_date: issueDate,
    due_date: addDays(issueDate, plan.termsDays),
    line_items: plan.lineItems.map((line) => ({ ...line })),
    tax_rate: plan.taxRate,
    notes: plan.notes,
    amount_paid: amountPaid(plan.status, total, plan.paidShare ?? 0),
    created_at: timestamp(issueDate, 9, minute),
    sent_at: plan.status === 'draft' ? null : timestamp(issueDate, 10, minute),
    // Paid in the afternoon, so even a same-day payment comes after sending.
    paid_at: paidDay === null ? null : timestamp(paidDay, 15, minute),
    payment_url: isPayable(plan.status) ? `https://checkout.stripe.com/c/pay/cs_test_${plan.id}` : null,
  }
}

export function isPayable(status: InvoiceStatus): boolean {
  return status === 'sent' || status === 'overdue'
}

function amountPaid(status: InvoiceStatus, total: number, paidShare: number): number {
  if (status === 'paid') return total
  if (!isPayable(status) || paidShare <= 0) return 0
  return Math.min(total - 1, Math.max(1, Math.round(total * paidShare)))
}

/** Numbers run per issue year in issue order across the workspace, as an agency's would: INV-2026-0001, … */
export function numberInvoices(rows: UnnumberedInvoice[]): DbInvoice[] {
  const ordered = [...rows].sort(
    (a, b) =>
      a.issue_date.localeCompare(b.issue_date) ||
      a.created_at.localeCompare(b.created_at) ||
      a.id.localeCompare(b.id),
  )
  const nextByYear = new Map<string, number>()
  return ordered.map((row) => {
    const year = row.issue_date.slice(0, 4)
    const sequence = (nextByYear.get(year) ?? 0) + 1
    nextByYear.set(year, sequence)
    return { ...row, number: `INV-${year}-${String(sequence).padStart(4, '0')}` }
  })
}

export function item(description: string, quantity: number, unitPrice: number): DbLineItem {
  return { description, quantity, unit_price: unitPrice }
}
