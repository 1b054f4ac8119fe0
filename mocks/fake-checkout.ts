import type { DbInvoice } from './db-types'

let checkoutPage: string | null = null

/**
 * In the browser the seed's Stripe links cannot work, so the fake API hands out links to the fake
 * checkout page instead (mocks/checkout/), which marks the invoice paid as Stripe's success would.
 * The page is on the portal's own origin, which `.env.development` and `.env.e2e` allow as a checkout
 * with `VITE_PAYMENT_ORIGINS=self`; the portal shows no Pay link to an origin it was not told about.
 */
export function routePaymentsToFakeCheckout(pageUrl: string): void {
  checkoutPage = pageUrl
}

export function paymentUrlFor(invoice: DbInvoice): string | null {
  if (!invoice.payment_url || !checkoutPage) return invoice.payment_url
  const url = new URL(checkoutPage)
  url.searchParams.set('invoice', invoice.id)
  return url.href
}
