import { screen, waitFor, within } from '@testing-library/react'
import { http as untypedHttp, HttpResponse } from 'msw'
import { db } from '../../mocks/db'
import { invoiceListFor } from '../../mocks/handlers/invoices'
import { server } from '../../mocks/node'
import { apiAs } from '../../mocks/test-support/api-as'
import { SEED } from '../../mocks/seed'
import { renderRoute } from '@/test/render-route'
import { dueOf, isOpen, money, sum, totalOf, visibleInvoicesOf } from '@/test/seed-facts'
import { signInAs } from '@/test/sign-in-as'

/*
 * Each way the documented API departs from what the portal once assumed, shown present in the fake's
 * answer and then the page shown right in spite of it. (The `app-extensions` project runs the pages
 * with the extensions on; this file is about the documented API alone.)
 */

const panel = (name: string) => screen.getByRole('region', { name })
/** Every list request the page sent and what the fake answered it. */
function recordLists() {
  const seen: { url: URL; status: number; body: unknown }[] = []
  const listener = async ({ request, response }: { request: Request; response: Response }) => {
    const url = new URL(request.url)
    if (!/\/v1\/(invoices|projects)$/.test(url.pathname)) return
    seen.push({ url, status: response.status, body: await response.clone().json() })
  }
  server.events.on('response:mocked', listener)
  onTestFinished(() => server.events.removeListener('response:mocked', listener))
  return seen
}

async function overviewOf(userId: string) {
  signInAs(userId)
  renderRoute('/')
  await screen.findByRole('heading', { level: 1, name: 'Overview' })
  await waitFor(() => expect(screen.queryAllByRole('status', { busy: true })).toEqual([]))
}

describe('the portal on the API as documented', () => {
  it('names the client on every list, since a list without client_id is refused', async () => {
    const lists = recordLists()
    await overviewOf(SEED.users.ordinary)
    expect(lists.length).toBeGreaterThan(0)
    for (const { url, status } of lists) {
      expect(url.searchParams.get('client_id')).toBe(SEED.clients.ordinary)
      expect(status).toBe(200)
    }
    // The departure itself: the same list without the client is refused.
    const refused = await apiAs(SEED.users.ordinary).GET('/invoices', {})
    expect(refused.response.status).toBe(403)
  })

  it('asks for one status at a time and still shows what is owed and what is late', async () => {
    const lists = recordLists()
    await overviewOf(SEED.users.ordinary)
    for (const { url } of lists) expect(url.searchParams.getAll('status').length).toBeLessThanOrEqual(1)
    const open = visibleInvoicesOf(SEED.clients.ordinary).filter((inv) => isOpen(inv.status))
    expect(new Set(open.map((inv) => inv.status))).toEqual(new Set(['sent', 'overdue']))
    expect(within(panel('Outstanding balance')).getByText(money(sum(open.map(dueOf)), 'USD'))).toBeInTheDocument()
  })

  it('never shows a draft the list answers, in rows, counts or sums', async () => {
    const lists = recordLists()
    signInAs(SEED.users.ordinary)
    renderRoute('/invoices')
    const table = await screen.findByRole<HTMLTableElement>('table', { name: 'Invoices, newest first' })
    const draft = db.invoices.find((inv) => inv.id === SEED.invoices.ordinaryDraft)!
    const answered = lists.flatMap(({ body }) => (body as { data: { id: string }[] }).data.map((inv) => inv.id))
    expect(answered).toContain(draft.id)

    const visible = visibleInvoicesOf(SEED.clients.ordinary)
    expect(table.tBodies[0]!.rows).toHaveLength(visible.length)
    expect(screen.queryByText(draft.number)).not.toBeInTheDocument()
    expect(screen.getByText(`Showing ${visible.length} of ${visible.length} invoices`)).toBeInTheDocument()
    const card = screen.getByRole('listitem', { name: 'USD summary' })
    expect(card).toHaveTextContent(`USD · ${visible.length} invoices`)
    expect(within(card).getByText(money(sum(visible.map(totalOf)), 'USD'))).toBeInTheDocument()
  })

  it('never counts a draft an API answers even to a status filter', async () => {
    // An API that ignores `status` for drafts: the overview must not add them to what is owed.
    const draft = db.invoices.find((inv) => inv.id === SEED.invoices.ordinaryDraft)!
    server.use(
      untypedHttp.get('*/v1/invoices', ({ request }) => {
        const url = new URL(request.url)
        const status = url.searchParams.get('status')
        url.searchParams.delete('status')
        url.searchParams.set('limit', '100')
        const all = invoiceListFor(new Request(url, { headers: request.headers }))
        const data = all.data.filter((inv) => status === null || inv.status === status || inv.id === draft.id)
        return HttpResponse.json({ data, meta: { ...all.meta, total: data.length, next_cursor: null } })
      }),
    )
    await overviewOf(SEED.users.ordinary)
    const open = visibleInvoicesOf(SEED.clients.ordinary).filter((inv) => isOpen(inv.status))
    expect(within(panel('Outstanding balance')).getByText(money(sum(open.map(dueOf)), 'USD'))).toBeInTheDocument()
    expect(within(panel('Outstanding balance')).getByText(`across ${open.length} invoices awaiting payment`)).toBeInTheDocument()
    expect(screen.queryByText(new RegExp(draft.number))).not.toBeInTheDocument()
  })

  it('never shows the docs’ cross-currency sums, only one figure per currency', async () => {
    const lists = recordLists()
    await overviewOf(SEED.users.large)
    const metas = lists.map(({ body }) => (body as { meta: Record<string, unknown> }).meta)
    const crossCurrency = metas.map((meta) => meta.total_outstanding).filter((value): value is number => typeof value === 'number' && value > 0)
    expect(crossCurrency.length).toBeGreaterThan(0)
    for (const value of crossCurrency) {
      for (const currency of ['USD', 'EUR', 'JPY']) expect(screen.queryByText(money(value, currency))).not.toBeInTheDocument()
    }
    const open = visibleInvoicesOf(SEED.clients.large).filter((inv) => isOpen(inv.status))
    for (const currency of new Set(open.map((inv) => inv.currency))) {
      const owed = sum(open.filter((inv) => inv.currency === currency).map(dueOf))
      expect(within(panel('Outstanding balance')).getByText(money(owed, currency))).toBeInTheDocument()
    }
  })

  it('ignores invoice fields the spec does not list', async () => {
    const lists = recordLists()
    signInAs(SEED.users.ordinary)
    renderRoute(`/invoices/${SEED.invoices.ordinaryPartlyPaidSent}`)
    expect(await screen.findByRole('heading', { level: 1, name: /^Invoice / })).toBeInTheDocument()
    renderRoute('/invoices')
    await screen.findAllByRole('table', { name: 'Invoices, newest first' })
    const first = (lists[0]!.body as { data: Record<string, unknown>[] }).data[0]!
    expect(first).toHaveProperty('payment_terms')
    expect(first).toHaveProperty('purchase_order')
  })

  it('adds up the invoices itself when the list carries no per-currency totals', async () => {
    const lists = recordLists()
    signInAs(SEED.users.large)
    renderRoute('/invoices')
    await screen.findByRole('table', { name: 'Invoices, newest first' })
    const visible = visibleInvoicesOf(SEED.clients.large)
    for (const currency of new Set(visible.map((inv) => inv.currency))) {
      const rows = visible.filter((inv) => inv.currency === currency)
      const card = await screen.findByRole('listitem', { name: `${currency} summary` })
      expect(card).toHaveTextContent(`${currency} · ${rows.length} invoices`)
      expect(within(card).getByText(money(sum(rows.map(totalOf)), currency))).toBeInTheDocument()
    }
    for (const { body } of lists) expect((body as { meta: object }).meta).not.toHaveProperty('totals_by_currency')
  })
})
