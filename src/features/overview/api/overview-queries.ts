import { invoiceQueries } from '@/features/invoices'
import { projectQueries } from '@/features/projects'
import type { Invoice, InvoiceStatus } from '@/lib/api/types'

/** What a client is asked to pay. */
const OPEN = ['sent', 'overdue'] as const satisfies InvoiceStatus[]
/** What a client has been billed for: everything but drafts (never shown) and void invoices. */
const BILLED = [...OPEN, 'paid'] as const satisfies InvoiceStatus[]

const everyInStatus = (clientId: string) => (status: InvoiceStatus) => invoiceQueries.every({ clientId, status })

/*
 * Everything the overview shows comes from the client's invoices in three statuses, one documented
 * `status` value per list, each paged to its end; the figures are added up in the browser, per
 * currency. An ordinary client's overview is then /me, three invoice lists and the projects, all at
 * once. The queries are the invoice feature's own, so the invoices page shares their cache.
 */
/** `combine` for several of these lists at once: their invoices as one list. */
export const allInvoices = (results: { data: Invoice[] }[]): Invoice[] => results.flatMap((result) => result.data)

export const overviewQueries = {
  open: (clientId: string) => OPEN.map(everyInStatus(clientId)),
  sent: (clientId: string) => everyInStatus(clientId)('sent'),
  overdue: (clientId: string) => everyInStatus(clientId)('overdue'),
  billed: (clientId: string) => BILLED.map(everyInStatus(clientId)),
  /** The Projects page's own first page, so moving between the two pages refetches nothing. */
  projects: (clientId: string) => projectQueries.pages({ clientId }),
}
