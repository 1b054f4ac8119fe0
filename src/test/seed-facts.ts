import { db, type DbInvoice } from '../../mocks/db'

/*
 * Expected figures, worked out from the fake API's tables by the test itself, never through the code
 * under test: what a client may see, and what each invoice adds up to.
 */
export function visibleInvoicesOf(clientId: string): DbInvoice[] {
  const invited = new Set(db.projects.filter((p) => p.client_id === clientId && p.invited).map((p) => p.id))
  return db.invoices.filter(
    (inv) => inv.client_id === clientId && inv.status !== 'draft' && (inv.project_id === null || invited.has(inv.project_id)),
  )
}

export function totalOf(inv: DbInvoice): number {
  const subtotal = inv.line_items.reduce((sum, item) => sum + Math.round(item.quantity * item.unit_price), 0)
  return subtotal + Math.round(subtotal * inv.tax_rate)
}

export const dueOf = (inv: DbInvoice) => totalOf(inv) - inv.amount_paid

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** As the browser formats money: the currency's own digits, the test machine's locale. */
export function money(minor: number, currency: string): string {
  const format = new Intl.NumberFormat(undefined, { style: 'currency', currency })
  return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2))
}
