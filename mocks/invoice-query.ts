import type { components } from '../src/lib/api/schema'
import { apiError } from './api-error'
import type { DbInvoice } from './db'

type InvoiceStatus = components['schemas']['InvoiceStatus']

const STATUSES: readonly InvoiceStatus[] = ['draft', 'sent', 'paid', 'overdue', 'void']
const DATE = /^\d{4}-\d{2}-\d{2}$/

const isStatus = (value: string): value is InvoiceStatus => (STATUSES as readonly string[]).includes(value)
const isCalendarDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))

function invalid(field: string, problem: string): Response {
  return apiError(422, 'validation_failed', `${field} ${problem}.`, { details: { [field]: problem } })
}

/** The docs give no order; newest issued first is the fake's, and the portal sorts what it shows. */
const newestIssuedFirst = (a: DbInvoice, b: DbInvoice) =>
  b.issue_date.localeCompare(a.issue_date) || b.number.localeCompare(a.number)

/**
 * The list filters as the docs name them, one value each; a bad or repeated value answers 422 naming
 * the parameter. Parameters the docs do not name (`sort`, say) are ignored, as most APIs do.
 */
export function filterInvoices(rows: readonly DbInvoice[], query: URLSearchParams): DbInvoice[] {
  const statuses = query.getAll('status')
  if (statuses.length > 1) throw invalid('status', 'takes one value')
  const status = statuses[0] ?? null
  if (status !== null && !isStatus(status)) throw invalid('status', `must be one of ${STATUSES.join(', ')}`)

  const from = query.get('from')
  const to = query.get('to')
  if (from !== null && !isCalendarDate(from)) throw invalid('from', 'must be a date (YYYY-MM-DD)')
  if (to !== null && !isCalendarDate(to)) throw invalid('to', 'must be a date (YYYY-MM-DD)')

  const clientId = query.get('client_id')
  const projectId = query.get('project_id')

  return rows
    .filter(
      (inv) =>
        (status === null || inv.status === status) &&
        // YYYY-MM-DD strings compare as dates, with no timezone to shift them.
        (from === null || inv.issue_date >= from) &&
        (to === null || inv.issue_date <= to) &&
        (clientId === null || inv.client_id === clientId) &&
        (projectId === null || inv.project_id === projectId),
    )
    .sort(newestIssuedFirst)
}
