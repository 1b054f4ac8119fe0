import type { InvoiceStatus } from '@/lib/api/types'
import type { InvoiceListFilters } from '../api/invoice-queries'

/** The statuses a client can filter by; drafts never reach a client. */
export const STATUS_FILTERS = ['sent', 'overdue', 'paid', 'void'] as const satisfies readonly InvoiceStatus[]
export type StatusFilter = (typeof STATUS_FILTERS)[number]

/** The list's filters as the address bar holds them; '' is "not set". */
export type InvoiceListSearch = { status: StatusFilter | ''; from: string; to: string }

export const NO_FILTERS: InvoiceListSearch = { status: '', from: '', to: '' }

const isStatusFilter = (value: string): value is StatusFilter => (STATUS_FILTERS as readonly string[]).includes(value)

/**
 * A whole calendar date with a four-digit year. Typing a year into a date field passes through
 * 0002, 0020, 0202 before 2024, each a valid date: those are not worth a request and a history entry.
 */
export function isCompleteDate(value: string): boolean {
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(value)) return false
  const time = Date.parse(`${value}T00:00:00Z`)
  // 2025-02-30 can parse, as 2 March: only a date that reads back the same is real.
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
}

export function isRangeReversed({ from, to }: Pick<InvoiceListSearch, 'from' | 'to'>): boolean {
  // YYYY-MM-DD strings order as the dates do.
  return from !== '' && to !== '' && from > to
}

/** Reads a shared or hand-edited address leniently: anything the API would refuse is left out. */
export function readInvoiceListSearch(params: URLSearchParams): InvoiceListSearch {
  const status = params.get('status') ?? ''
  const date = (name: string) => {
    const value = params.get(name) ?? ''
    return isCompleteDate(value) ? value : ''
  }
  return { status: isStatusFilter(status) ? status : '', from: date('from'), to: date('to') }
}

export function toSearchParams(search: InvoiceListSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.status) params.set('status', search.status)
  if (search.from) params.set('from', search.from)
  if (search.to) params.set('to', search.to)
  return params
}

/** What the API is asked for. A reversed range is never sent: it would match nothing, silently. */
export function toListFilters(search: InvoiceListSearch, clientId: string): InvoiceListFilters {
  const filters: InvoiceListFilters = { clientId }
  if (search.status) filters.status = search.status
  if (!isRangeReversed(search)) {
    if (search.from) filters.from = search.from
    if (search.to) filters.to = search.to
  }
  return filters
}

export function hasFilters(search: InvoiceListSearch): boolean {
  return search.status !== '' || search.from !== '' || search.to !== ''
}
