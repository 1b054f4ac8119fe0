import { apiFlavour } from '../../mocks/api-flavour'
import { db } from '../../mocks/db'
import type { DbInvoice } from '../../mocks/db-types'

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

const newestIssuedFirst = (a: DbInvoice, b: DbInvoice) =>
  b.issue_date.localeCompare(a.issue_date) || b.number.localeCompare(a.number)

/**
 * What the fake API's invoice list answers the client, newest first: its drafts too, as the docs
 * allow, unless the portal's extensions are on (`api-extensions`). The portal must drop the drafts.
 */
export function listedInvoicesOf(clientId: string): DbInvoice[] {
  const invited = new Set(db.projects.filter((p) => p.client_id === clientId && p.invited).map((p) => p.id))
  const drafts = apiFlavour() === 'extensions' ? [] : db.invoices.filter(
    (inv) => inv.client_id === clientId && inv.status === 'draft' && (inv.project_id === null || invited.has(inv.project_id)),
  )
  return [...visibleInvoicesOf(clientId), ...drafts].sort(newestIssuedFirst)
}

/** How many rows `pages` pages of `pageSize` listed invoices show once drafts are dropped. */
export function shownAfterPages(clientId: string, pages: number, pageSize: number): number {
  return listedInvoicesOf(clientId)
    .slice(0, pages * pageSize)
    .filter((inv) => inv.status !== 'draft').length
}

/** What a client is asked to pay: sent and overdue invoices (paid, void and drafts are not). */
export const isOpen = (status: string) => status === 'sent' || status === 'overdue'
