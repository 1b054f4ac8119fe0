import type { Invoice } from '@/lib/api/types'
import { paymentOrigins } from '@/lib/config'
import { isSecureUrl } from '@/lib/secure-url'
import { isKnownStatus, isOpen } from './invoice-status'

type Amounts = Pick<Invoice, 'status' | 'total' | 'amount_paid'>

/**
 * What is still owed, in minor units. A void invoice is owed by no one, whatever was paid on it; nor
 * is one in a status the portal does not know (`refunded`, `written_off`): guessing would be a wrong
 * figure. A credit note (a negative total) owes nothing either: it is a credit, not a negative debt.
 */
export function amountDue(invoice: Amounts): number {
  if (invoice.status === 'void' || !isKnownStatus(invoice.status)) return 0
  return Math.max(0, invoice.total - invoice.amount_paid)
}

/** A credit note: an invoice with a negative total, in a known status other than void. */
export function isCredit(invoice: Amounts): boolean {
  return invoice.total < 0 && invoice.status !== 'void' && isKnownStatus(invoice.status)
}

/** How much a credit note credits the client, in minor units (positive); 0 for anything else. */
export function creditOf(invoice: Amounts): number {
  return isCredit(invoice) ? -invoice.total : 0
}

/** Sent and not yet paid: what a client may pay online (the same rule as an open invoice). */
export function isPayable(invoice: Pick<Invoice, 'status'>): boolean {
  return isOpen(invoice)
}

/**
 * One entry of `VITE_PAYMENT_ORIGINS` as an origin, or null when it is not a plain https origin (or an
 * http one on this machine, for the mock checkout). `self` is the portal's own origin: the fake API
 * hands out links to the fake checkout page there, whatever port `npm run dev` or the e2e build uses.
 * A path, a query, credentials or a wildcard make an entry unusable rather than guessed at.
 */
function listedOrigin(entry: string, selfOrigin: string): string | null {
  const text = entry.trim()
  if (!text) return null
  try {
    const url = new URL(text.toLowerCase() === 'self' ? selfOrigin : text)
    const secure = isSecureUrl(url)
    const bare = !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash
    return secure && bare && !url.hostname.includes('*') ? url.origin : null
  } catch {
    return null
  }
}

/**
 * The checkout link, if it is one we may send a client to: its origin exactly one of the configured
 * checkout origins (`VITE_PAYMENT_ORIGINS`, default Stripe Checkout), https (or http on localhost, for
 * the mock checkout), with no user name or password. Anything else — `javascript:`, a relative link, a
 * look-alike host, `https://checkout.stripe.com@evil.example/` — is not rendered as a link.
 */
export function safePaymentUrl(
  url: string | null,
  allowedOrigins: string = paymentOrigins,
  selfOrigin: string = window.location.origin,
): string | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null // relative, or not a URL at all
  }
  if (parsed.username || parsed.password) return null
  const allowed = allowedOrigins.split(',').map((entry) => listedOrigin(entry, selfOrigin))
  return allowed.includes(parsed.origin) ? parsed.href : null
}
