import type { Invoice, InvoiceStatus } from '@/lib/api/types'

/** Every status the contract names. An API may add one; an invoice in it is shown, never counted. */
const KNOWN: ReadonlySet<string> = new Set<InvoiceStatus>(['draft', 'sent', 'paid', 'overdue', 'void'])

export function isKnownStatus(status: string): status is InvoiceStatus {
  return KNOWN.has(status)
}

/** A draft is the agency's own and can still change: the docs allow a list to answer one, the portal never shows it. */
export function shownToClient(invoice: Pick<Invoice, 'status'>): boolean {
  return invoice.status !== 'draft'
}

/** Sent and not yet paid: what a client is asked to pay. */
export function isOpen(invoice: Pick<Invoice, 'status'>): boolean {
  return invoice.status === 'sent' || invoice.status === 'overdue'
}
