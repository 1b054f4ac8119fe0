import { db } from '../db'
import type { DbInvoice } from '../db-types'
import { enableScenario } from '../scenarios/enable-scenario'
import { SEED } from '../seed'
import { apiAs } from '../test-support/api-as'
import { isOpen, totalOf } from '../../src/test/seed-facts'

let api = apiAs(null)
const client_id = SEED.clients.large

/** The large client's own invoices on invited projects (or none), worked out from the tables. */
function ownInvoices(): DbInvoice[] {
  const invited = new Set(db.projects.filter((p) => p.client_id === SEED.clients.large && p.invited).map((p) => p.id))
  return db.invoices.filter((inv) => inv.client_id === SEED.clients.large && (inv.project_id === null || invited.has(inv.project_id)))
}

/** What the documented API lists: drafts too, since the docs' portal page shows Draft in Billing. */
const listedToLargeClient = ownInvoices
const visibleToLargeClient = () => ownInvoices().filter((inv) => inv.status !== 'draft')

describe('invoice paging', () => {
  beforeEach(() => {
    api = apiAs(SEED.users.large)
  })

  it('pages 20 at a time by default and walks to a last page with no next cursor', async () => {
    const expected = listedToLargeClient()
    expect(expected.length).toBeGreaterThan(250)

    const first = await api.GET('/invoices', { params: { query: { client_id } } })
    expect(first.data?.data).toHaveLength(20)
    expect(first.data?.meta).toMatchObject({ total: expected.length, limit: 20 })

    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    let last: { next_cursor: string | null } | undefined
    do {
      const { data } = await api.GET('/invoices', { params: { query: { client_id, limit: 100, cursor } } })
      if (!data) throw new Error('page failed')
      seen.push(...data.data.map((inv) => inv.id))
      last = data.meta
      cursor = data.meta.next_cursor ?? undefined
      pages += 1
    } while (cursor)

    expect(pages).toBe(Math.ceil(expected.length / 100))
    expect(last?.next_cursor).toBeNull()
    expect(new Set(seen).size).toBe(seen.length)
    expect([...seen].sort()).toEqual(expected.map((inv) => inv.id).sort())
  })

  it('lists newest issue date first', async () => {
    const { data } = await api.GET('/invoices', { params: { query: { client_id, limit: 100 } } })
    const dates = data?.data.map((inv) => inv.issue_date) ?? []
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it.each([
    ['101', 'limit'],
    ['0', 'limit'],
    ['ten', 'limit'],
    ['2.5', 'limit'],
  ])('answers 422 for limit=%s', async (limit, field) => {
    // Sent raw, past the typed client, because the types rightly refuse these values.
    const { response, error } = await api.GET('/invoices', {
      params: { query: { client_id, limit: limit as unknown as number } },
    })
    expect(response.status).toBe(422)
    expect(error?.error.code).toBe('validation_failed')
    expect(error?.error.details).toHaveProperty(field)
  })

  it('answers 422 for a cursor it did not issue', async () => {
    const { response, error } = await api.GET('/invoices', { params: { query: { client_id, cursor: 'not-a-cursor' } } })
    expect(response.status).toBe(422)
    expect(error?.error.details).toHaveProperty('cursor')
  })

  it('accepts limit 1 and 100, the edges of the range', async () => {
    for (const limit of [1, 100]) {
      const { data } = await api.GET('/invoices', { params: { query: { client_id, limit } } })
      expect(data?.data).toHaveLength(limit)
    }
  })
})

describe('invoice filters, as documented', () => {
  beforeEach(() => {
    api = apiAs(SEED.users.large)
  })

  it('filters by one status and counts every match in meta.total', async () => {
    const expected = visibleToLargeClient().filter((inv) => inv.status === 'overdue')
    const { data } = await api.GET('/invoices', { params: { query: { client_id, status: 'overdue', limit: 100 } } })
    expect(data?.meta.total).toBe(expected.length)
    expect(data?.data.every((inv) => inv.status === 'overdue')).toBe(true)
  })

  it('answers 422 to a repeated status: the docs show one value', async () => {
    const { response, error } = await api.GET('/invoices', {
      params: { query: { client_id, status: ['sent', 'overdue'] as unknown as 'sent' } },
      querySerializer: { array: { style: 'form', explode: true } },
    })
    expect(response.status).toBe(422)
    expect(error?.error.details).toHaveProperty('status')
  })

  it('ignores a sort parameter the docs do not name', async () => {
    const plain = await api.GET('/invoices', { params: { query: { client_id, limit: 100 } } })
    const sorted = await api.GET('/invoices', { params: { query: { client_id, limit: 100, sort: 'due_date' } as { client_id: string } } })
    expect(sorted.data?.data.map((inv) => inv.id)).toEqual(plain.data?.data.map((inv) => inv.id))
  })

  it('lists drafts when no status is asked for, as the docs allow', async () => {
    const drafts = listedToLargeClient().filter((inv) => inv.status === 'draft')
    expect(drafts.length).toBeGreaterThan(0)
    const seen = new Set<string>()
    let cursor: string | undefined
    do {
      const { data } = await api.GET('/invoices', { params: { query: { client_id, limit: 100, cursor } } })
      data?.data.forEach((inv) => seen.add(inv.id))
      cursor = data?.meta.next_cursor ?? undefined
    } while (cursor)
    for (const draft of drafts) expect(seen).toContain(draft.id)
  })

  it('filters by issue date, inclusive at both ends', async () => {
    const all = listedToLargeClient()
    const sorted = all.map((inv) => inv.issue_date).sort()
    const from = sorted[Math.floor(sorted.length / 4)]!
    const to = sorted[Math.floor(sorted.length / 2)]!
    const expected = all.filter((inv) => inv.issue_date >= from && inv.issue_date <= to)

    const { data } = await api.GET('/invoices', { params: { query: { client_id, from, to, limit: 100 } } })
    expect(data?.meta.total).toBe(expected.length)
    expect(data?.data.every((inv) => inv.issue_date >= from && inv.issue_date <= to)).toBe(true)
  })

  it('answers 422 for a malformed date or status', async () => {
    const badDate = await api.GET('/invoices', { params: { query: { client_id, from: '2026-13-45' } } })
    expect(badDate.response.status).toBe(422)
    const badStatus = await api.GET('/invoices', { params: { query: { client_id, status: 'lost' as unknown as 'sent' } } })
    expect(badStatus.response.status).toBe(422)
  })

  // 2025-02-30 and 2023-02-29 parse as dates in JavaScript (as 2 and 1 March): the fake must still refuse them.
  it.each([
    ['from', '2025-02-30'],
    ['from', '2023-02-29'],
    ['to', '2025-13-01'],
    ['to', '2025-00-10'],
    ['to', '2025-02-30'],
  ] as const)('answers 422 naming %s for the impossible date %s', async (param, day) => {
    const { response, error } = await api.GET('/invoices', { params: { query: { client_id, [param]: day } } })
    expect(response.status).toBe(422)
    expect(error?.error.code).toBe('validation_failed')
    expect(error?.error.details).toHaveProperty(param)
  })

  it('takes 29 February of a leap year as a date', async () => {
    const { response, data } = await api.GET('/invoices', {
      params: { query: { client_id, from: '2024-02-29', to: '2024-02-29', limit: 100 } },
    })
    expect(response.status).toBe(200)
    expect(data?.data.every((inv) => inv.issue_date === '2024-02-29')).toBe(true)
  })

  it('answers the docs’ meta: sums across currencies, and no per-currency totals', async () => {
    const rows = listedToLargeClient()
    expect(new Set(rows.map((inv) => inv.currency)).size).toBeGreaterThan(1)
    const open = rows.filter((inv) => isOpen(inv.status))
    const { data } = await api.GET('/invoices', { params: { query: { client_id, limit: 1 } } })
    expect(data?.meta.total_outstanding).toBe(open.reduce((sum, inv) => sum + totalOf(inv) - inv.amount_paid, 0))
    expect(data?.meta).not.toHaveProperty('totals_by_currency')
  })

  it('sends invoice fields the spec does not list, as a newer API would', async () => {
    const { data } = await api.GET('/invoices', { params: { query: { client_id, limit: 1 } } })
    expect(data?.data[0]).toHaveProperty('payment_terms')
  })

  it('answers an invoice in detail, with line amounts and a partly paid balance', async () => {
    const partlyPaid = visibleToLargeClient().find(
      (inv) => inv.status !== 'paid' && inv.amount_paid > 0 && inv.amount_paid < totalOf(inv),
    )
    if (!partlyPaid) throw new Error('seed lacks a partly paid invoice')
    const { data } = await api.GET('/invoices/{invoice_id}', {
      params: { path: { invoice_id: partlyPaid.id } },
    })
    expect(data?.total).toBe(totalOf(partlyPaid))
    expect(data?.amount_paid).toBe(partlyPaid.amount_paid)
    expect(data?.line_items).toHaveLength(partlyPaid.line_items.length)
    expect(data?.payment_url).toMatch(/^https:\/\//)
  })

  it('answers the PDF as a PDF document', async () => {
    const invoice = visibleToLargeClient()[0]!
    const { data, response } = await api.GET('/invoices/{invoice_id}/pdf', {
      params: { path: { invoice_id: invoice.id } },
      parseAs: 'text',
    })
    expect(response.headers.get('Content-Type')).toBe('application/pdf')
    expect(data?.startsWith('%PDF-1.4')).toBe(true)
    expect(data?.trimEnd().endsWith('%%EOF')).toBe(true)
    expect(data).toContain(invoice.number)
  })
})

describe('invoice lists with the portal’s extensions on (api-extensions)', () => {
  beforeEach(() => {
    api = apiAs(SEED.users.large)
    enableScenario('api-extensions')
  })

  it('scopes a list by the token when client_id is left out, and lists no drafts', async () => {
    const { data, response } = await api.GET('/invoices', { params: { query: { limit: 100 } } })
    expect(response.status).toBe(200)
    expect(data?.meta.total).toBe(visibleToLargeClient().length)
    expect(data?.data.some((inv) => inv.status === 'draft')).toBe(false)
  })

  it('totals each currency on its own, JPY included, over every match', async () => {
    const rows = visibleToLargeClient()
    const currencies = [...new Set(rows.map((inv) => inv.currency))].sort()
    expect(currencies).toContain('JPY')
    expect(currencies.length).toBeGreaterThan(1)

    const { data } = await api.GET('/invoices', { params: { query: { client_id, limit: 1 } } })
    const totals = data?.meta.totals_by_currency ?? []
    expect(totals.map((t) => t.currency)).toEqual(currencies)
    for (const currency of currencies) {
      const inCurrency = rows.filter((inv) => inv.currency === currency)
      const open = inCurrency.filter((inv) => isOpen(inv.status))
      expect(totals.find((t) => t.currency === currency)).toEqual({
        currency,
        count: inCurrency.length,
        total: inCurrency.reduce((sum, inv) => sum + totalOf(inv), 0),
        amount_paid: inCurrency.reduce((sum, inv) => sum + inv.amount_paid, 0),
        outstanding: open.reduce((sum, inv) => sum + totalOf(inv) - inv.amount_paid, 0),
      })
    }
  })
})
