import { db } from '../db'
import { enableScenario } from '../scenarios/enable-scenario'
import { SEED } from '../seed'
import { apiAs } from '../test-support/api-as'

let api = apiAs(null)
const client_id = SEED.clients.ordinary

/** Walks every page of the invoice list, as a client with thousands of invoices would. */
async function allInvoiceIds(query: { status?: 'draft' | 'sent' | 'paid' | 'overdue' | 'void' } = {}) {
  const ids: string[] = []
  let cursor: string | undefined
  do {
    const { data } = await api.GET('/invoices', { params: { query: { client_id, ...query, limit: 100, cursor } } })
    if (!data) throw new Error('invoice list failed')
    ids.push(...data.data.map((inv) => inv.id))
    cursor = data.meta.next_cursor ?? undefined
  } while (cursor)
  return ids
}

describe("a client's token reaches only its own data", () => {
  beforeEach(() => {
    api = apiAs(SEED.users.ordinary)
  })

  it("answers 404 for another client's invoice, its PDF and another client's project", async () => {
    const foreignInvoice = db.invoices.find((inv) => inv.client_id === SEED.clients.large && inv.status === 'sent')
    const foreignProject = db.projects.find((p) => p.client_id === SEED.clients.large && p.invited)
    if (!foreignInvoice || !foreignProject) throw new Error('seed lacks foreign data')

    const invoice = await api.GET('/invoices/{invoice_id}', { params: { path: { invoice_id: foreignInvoice.id } } })
    expect(invoice.response.status).toBe(404)
    expect(invoice.error?.error.code).toBe('not_found')

    const pdf = await api.GET('/invoices/{invoice_id}/pdf', {
      params: { path: { invoice_id: foreignInvoice.id } },
      parseAs: 'blob',
    })
    expect(pdf.response.status).toBe(404)

    const project = await api.GET('/projects/{project_id}', { params: { path: { project_id: foreignProject.id } } })
    expect(project.response.status).toBe(404)
    const milestones = await api.GET('/projects/{project_id}/milestones', {
      params: { path: { project_id: foreignProject.id } },
    })
    expect(milestones.response.status).toBe(404)
  })

  it("answers 404 for another client's record and 403 for the workspace's client list", async () => {
    const other = await api.GET('/clients/{client_id}', { params: { path: { client_id: SEED.clients.large } } })
    expect(other.response.status).toBe(404)
    const otherInvoices = await api.GET('/clients/{client_id}/invoices', {
      params: { path: { client_id: SEED.clients.large } },
    })
    expect(otherInvoices.response.status).toBe(404)
    const list = await api.GET('/clients')
    expect(list.response.status).toBe(403)

    const own = await api.GET('/clients/{client_id}', { params: { path: { client_id: SEED.clients.ordinary } } })
    expect(own.data?.id).toBe(SEED.clients.ordinary)
  })

  it('lists only invited projects, and hides an uninvited project and its invoices', async () => {
    const uninvited = db.projects.find((p) => p.client_id === SEED.clients.ordinary && !p.invited)
    if (!uninvited) throw new Error('seed lacks an uninvited project')
    const expected = db.projects.filter((p) => p.client_id === SEED.clients.ordinary && p.invited).map((p) => p.id)

    const { data } = await api.GET('/projects', { params: { query: { client_id } } })
    expect(data?.data.map((p) => p.id).sort()).toEqual([...expected].sort())
    expect(data?.meta.total).toBe(expected.length)

    const direct = await api.GET('/projects/{project_id}', { params: { path: { project_id: uninvited.id } } })
    expect(direct.response.status).toBe(404)

    const ids = await allInvoiceIds()
    const uninvitedInvoiceIds = db.invoices.filter((inv) => inv.project_id === uninvited.id).map((inv) => inv.id)
    expect(uninvitedInvoiceIds.length).toBeGreaterThan(0)
    expect(ids).not.toEqual(expect.arrayContaining([uninvitedInvoiceIds[0]]))
  })

  it('requires a list to name the client: 403 without client_id, 404 for another client’s', async () => {
    for (const path of ['/invoices', '/projects'] as const) {
      const none = await api.GET(path, {})
      expect(none.response.status).toBe(403)
      expect(none.error?.error.code).toBe('forbidden')
      const other = await api.GET(path, { params: { query: { client_id: SEED.clients.large } } })
      expect(other.response.status).toBe(404)
    }
  })

  it('lists the client’s drafts, as the docs allow, but never answers one by id', async () => {
    const drafts = db.invoices.filter((inv) => inv.client_id === SEED.clients.ordinary && inv.status === 'draft')
    expect(drafts.length).toBeGreaterThan(0)

    const ids = new Set(await allInvoiceIds())
    for (const draft of drafts) expect(ids.has(draft.id)).toBe(true)

    const byId = await api.GET('/invoices/{invoice_id}', { params: { path: { invoice_id: drafts[0]!.id } } })
    expect(byId.response.status).toBe(404)
  })

  it('with the extensions on, returns no drafts: not in any page, not by status filter', async () => {
    enableScenario('api-extensions')
    const drafts = db.invoices.filter((inv) => inv.client_id === SEED.clients.ordinary && inv.status === 'draft')
    const ids = new Set(await allInvoiceIds())
    for (const draft of drafts) expect(ids.has(draft.id)).toBe(false)
    expect(await allInvoiceIds({ status: 'draft' })).toEqual([])
  })

  it('answers 403 for tasks: clients see progress, not task internals', async () => {
    const project = db.projects.find((p) => p.client_id === SEED.clients.ordinary && p.invited)
    const { response } = await api.GET('/projects/{project_id}/tasks', {
      params: { path: { project_id: project!.id } },
    })
    expect(response.status).toBe(403)
  })

  it('gives the empty client empty lists, not errors', async () => {
    api = apiAs(SEED.users.empty)
    const query = { client_id: SEED.clients.empty }
    const invoices = await api.GET('/invoices', { params: { query } })
    expect(invoices.data).toEqual({
      data: [],
      meta: { total: 0, limit: 20, next_cursor: null, total_outstanding: 0, total_collected_ytd: 0 },
    })
    const projects = await api.GET('/projects', { params: { query } })
    expect(projects.data?.data).toEqual([])
  })
})
