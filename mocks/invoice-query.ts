import type { InvoiceStatus } from '../src/lib/api/types'
import { apiError } from './api-error'
import type { DbInvoice } from './db-types'
import { isCalendarDate } from './seed/dates'
import { isOneOf, specEnum } from './spec-enum'

/** Every InvoiceStatus of the spec: a status openapi.yaml adds fails tsc here until it is listed. */
const STATUSES = specEnum<InvoiceStatus>()(['draft', 'sent', 'paid', 'overdue', 'void'])

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
  if (status !== null && !isOneOf(STATUSES, status)) throw invalid('status', `must be one of ${STATUSES.join(', ')}`)

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
