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

const newestIssuedFirst = (a: DbInvoice, b: DbInvoice) =>
  b.issue_date.localeCompare(a.issue_date) || b.number.localeCompare(a.number)
const soonestDueFirst = (a: DbInvoice, b: DbInvoice) =>
  a.due_date.localeCompare(b.due_date) || a.number.localeCompare(b.number)

/** The list filters as the API reads them; a bad value answers 422 naming the parameter. */
export function filterInvoices(rows: readonly DbInvoice[], query: URLSearchParams): DbInvoice[] {
  const statuses = query.getAll('status')
  const badStatus = statuses.find((s) => !isStatus(s))
  if (badStatus !== undefined) throw invalid('status', `must be one of ${STATUSES.join(', ')}`)

  const from = query.get('from')
  const to = query.get('to')
  if (from !== null && !isCalendarDate(from)) throw invalid('from', 'must be a date (YYYY-MM-DD)')
  if (to !== null && !isCalendarDate(to)) throw invalid('to', 'must be a date (YYYY-MM-DD)')

  const sort = query.get('sort') ?? '-issue_date'
  if (sort !== '-issue_date' && sort !== 'due_date') throw invalid('sort', 'must be -issue_date or due_date')

  const clientId = query.get('client_id')
  const projectId = query.get('project_id')

  return rows
    .filter(
      (inv) =>
        (statuses.length === 0 || statuses.includes(inv.status)) &&
        // YYYY-MM-DD strings compare as dates, with no timezone to shift them.
        (from === null || inv.issue_date >= from) &&
        (to === null || inv.issue_date <= to) &&
        (clientId === null || inv.client_id === clientId) &&
        (projectId === null || inv.project_id === projectId),
    )
    .sort(sort === 'due_date' ? soonestDueFirst : newestIssuedFirst)
}
