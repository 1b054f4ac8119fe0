import type { Invoice } from '@/lib/api/types'

/** What is still owed, in minor units. A void invoice is owed by no one, whatever was paid on it. */
export function amountDue(invoice: Pick<Invoice, 'status' | 'total' | 'amount_paid'>): number {
  if (invoice.status === 'void') return 0
  return Math.max(0, invoice.total - invoice.amount_paid)
}

export function isPayable(invoice: Pick<Invoice, 'status'>): boolean {
  return invoice.status === 'sent' || invoice.status === 'overdue'
}

/**
 * The checkout link, if it is one we may send a client to: https, or this portal's own origin (the
 * mock checkout in development). Anything else, `javascript:` above all, is not rendered as a link.
 */
export function safePaymentUrl(url: string | null, origin = window.location.origin): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    if (parsed.protocol === 'https:') return parsed.href
    if (parsed.protocol === 'http:' && parsed.origin === origin) return parsed.href
  } catch {
    // not a URL at all
  }
  return null
}
