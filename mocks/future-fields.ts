/*
 * An API adds fields without a new version, so the fake's invoices carry fields openapi.yaml does not
 * list, as a newer Nextoria might: the portal must ignore them. The contract check removes exactly
 * these names before validating (mocks/contract/), so any other field a handler invents still fails.
 */
export const FUTURE_INVOICE_FIELDS = ['purchase_order', 'payment_terms'] as const

/** The invoice as a newer API might send it. */
export function withFutureFields<T extends { id: string }>(invoice: T): T & Record<(typeof FUTURE_INVOICE_FIELDS)[number], unknown> {
  // Derived from the id, so answers stay deterministic; a code, not a sentence, as a new enum would be.
  const po = invoice.id.length % 3 === 0 ? null : `PO-${invoice.id.slice(-4).toUpperCase()}`
  return { ...invoice, purchase_order: po, payment_terms: { code: 'net_30', days: 30 } }
}
