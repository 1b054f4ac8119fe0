import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as untypedHttp } from 'msw'
import { db } from '../../../mocks/db'
import type { DbInvoice } from '../../../mocks/db-types'
import { server } from '../../../mocks/node'
import { SEED } from '../../../mocks/seed'
import { invoiceArrivesBetweenPages } from '@/test/arrives-between-pages'
import { renderRoute } from '@/test/render-route'
import { listedInvoicesOf, money, shownAfterPages, totalOf, visibleInvoicesOf } from '@/test/seed-facts'
import { signInAs } from '@/test/sign-in-as'

/* Figures come from the seed's tables, worked out here, never read back through the code under test. */

const newestFirst = (a: DbInvoice, b: DbInvoice) => b.issue_date.localeCompare(a.issue_date) || b.number.localeCompare(a.number)

// Role queries per row take seconds over the large client's hundreds of rows in jsdom; the table's own
// row and cell collections answer the same question at once.
async function invoiceTable() {
  return screen.findByRole<HTMLTableElement>('table', { name: 'Invoices, newest first' })
}

async function invoiceRows() {
  return Array.from((await invoiceTable()).tBodies[0]!.rows)
}

/** The row header of each row: the invoice number. */
function rowNumbers(rows: HTMLTableRowElement[]) {
  return rows.map((row) => {
    const header = row.cells[0]!
    expect(header.tagName === 'TH' && header.scope === 'row').toBe(true)
    return header.textContent
  })
}

/** Every /invoices request the fake API receives, to check what was (not) sent. */
function recordInvoiceListRequests() {
  const urls: URL[] = []
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    if (url.pathname.endsWith('/v1/invoices')) urls.push(url)
  }
  server.events.on('request:start', listener)
  onTestFinished(() => server.events.removeListener('request:start', listener))
  return urls
}

describe('the invoice list', () => {
  it('lists exactly the invoices the ordinary client may see, newest first, never a draft or an uninvited project’s', async () => {
    const user = userEvent.setup()
    signInAs(SEED.users.ordinary)
    const view = renderRoute('/invoices')

    expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument()
    const visible = visibleInvoicesOf(SEED.clients.ordinary).sort(newestFirst)
    const rows = await invoiceRows()
    expect(rowNumbers(rows)).toEqual(visible.map((inv) => inv.number))
    expect(screen.getByText(`Showing ${visible.length} of ${visible.length} invoices`)).toBeInTheDocument()

    for (const hidden of [SEED.invoices.ordinaryDraft, SEED.invoices.ordinaryUninvited]) {
      const number = db.invoices.find((inv) => inv.id === hidden)!.number
      expect(screen.queryByText(number)).not.toBeInTheDocument()
    }

    // A partly paid open invoice: a link to it, its badge, the due hint, the total and what is left.
    const partlyPaid = db.invoices.find((inv) => inv.id === SEED.invoices.ordinaryPartlyPaidSent)!
    const row = rows.find((r) => within(r).queryByRole('link', { name: partlyPaid.number }))!
    expect(within(row).getByRole('link', { name: partlyPaid.number })).toHaveAttribute(
      'href',
      `/invoices/${partlyPaid.id}`,
    )
    expect(within(row).getByText('Sent')).toBeInTheDocument()
    expect(within(row).getByText(/^due (in \d+ days|today|tomorrow)$|days? overdue$/)).toBeInTheDocument()
    expect(within(row).getByText(money(totalOf(partlyPaid), 'USD'))).toBeInTheDocument()
    expect(within(row).getByText(money(totalOf(partlyPaid) - partlyPaid.amount_paid, 'USD'))).toBeInTheDocument()

    // Pointing at the link starts loading the invoice before it is clicked.
    await user.hover(within(row).getByRole('link', { name: partlyPaid.number }))
    await waitFor(() =>
      expect(view.queryClient.getQueryState(['invoices', 'detail', partlyPaid.id])?.status).toBe('success'),
    )

    const paid = db.invoices.find((inv) => inv.id === SEED.invoices.ordinaryPaid)!
    const paidRow = rows.find((r) => within(r).queryByRole('link', { name: paid.number }))!
    expect(within(paidRow).getAllByText('Paid')).toHaveLength(2) // the badge, and nothing left to pay
  })

  it('filters by status in the address, keeps the control focused, and Back restores the previous filter', async () => {
    const user = userEvent.setup()
    signInAs(SEED.users.ordinary)
    const view = renderRoute('/invoices')
    await invoiceRows()
    const byStatus = (status: string) => visibleInvoicesOf(SEED.clients.ordinary).filter((inv) => inv.status === status)

    const select = screen.getByLabelText('Status')
    await user.selectOptions(select, 'Overdue')
    expect(view.router.state.location.search).toBe('?status=overdue')
    await waitFor(async () => expect(await invoiceRows()).toHaveLength(byStatus('overdue').length))
    for (const row of await invoiceRows()) expect(within(row).getByText('Overdue')).toBeInTheDocument()
    expect(select).toHaveFocus()

    await user.selectOptions(select, 'Paid')
    expect(view.router.state.location.search).toBe('?status=paid')
    await waitFor(async () => expect(await invoiceRows()).toHaveLength(byStatus('paid').length))
    expect(select).toHaveFocus()

    await act(() => view.router.navigate(-1))
    expect(view.router.state.location.search).toBe('?status=overdue')
    await waitFor(() => expect(screen.getByLabelText('Status')).toHaveValue('overdue'))
    expect(rowNumbers(await invoiceRows()).sort()).toEqual(byStatus('overdue').map((inv) => inv.number).sort())

    await act(() => view.router.navigate(-1))
    await waitFor(() => expect(screen.getByLabelText('Status')).toHaveValue(''))
    expect(await invoiceRows()).toHaveLength(visibleInvoicesOf(SEED.clients.ordinary).length)
  })

  it('keeps the current list on screen, marked busy, while a new filter loads', async () => {
    const user = userEvent.setup()
    signInAs(SEED.users.ordinary)
    renderRoute('/invoices')
    const everything = await invoiceRows()

    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    // Holds the next list request, then lets the ordinary handler answer it.
    server.use(untypedHttp.get('*/v1/invoices', () => gate, { once: true }))
    await user.selectOptions(screen.getByLabelText('Status'), 'Void')

    expect(screen.getByLabelText('Status')).toHaveValue('void')
    expect(screen.getByLabelText('Status')).toHaveFocus()
    expect(await invoiceRows()).toHaveLength(everything.length)
    expect(screen.getByRole('table').closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true')
    expect(screen.queryByText('Loading invoices')).not.toBeInTheDocument()

    release()
    const voided = visibleInvoicesOf(SEED.clients.ordinary).filter((inv) => inv.status === 'void')
    await waitFor(async () => expect(await invoiceRows()).toHaveLength(voided.length))
    expect(screen.getByRole('table').closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false')
  })

  it('filters by issue date range, and refuses a From after To without sending it', async () => {
    const user = userEvent.setup()
    signInAs(SEED.users.ordinary)
    const view = renderRoute('/invoices')
    await invoiceRows()
    const requests = recordInvoiceListRequests()

    const oldestFirst = visibleInvoicesOf(SEED.clients.ordinary).sort((a, b) => a.issue_date.localeCompare(b.issue_date))
    const from = oldestFirst[3]!.issue_date
    const to = oldestFirst[oldestFirst.length - 4]!.issue_date
    const inRange = oldestFirst.filter((inv) => inv.issue_date >= from && inv.issue_date <= to)

    await user.type(screen.getByLabelText('From'), from)
    await user.type(screen.getByLabelText('To'), to)
    await waitFor(() => expect(view.router.state.location.search).toBe(`?from=${from}&to=${to}`))
    await waitFor(async () => expect(rowNumbers(await invoiceRows()).sort()).toEqual(inRange.map((i) => i.number).sort()))
    expect(screen.getByText(`Showing ${inRange.length} of ${inRange.length} invoices`)).toBeInTheDocument()

    const before = new Date(Date.parse(`${from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
    await user.clear(screen.getByLabelText('To'))
    await user.type(screen.getByLabelText('To'), before)

    expect(await screen.findByRole('alert')).toHaveTextContent('The “From” date must be on or before the “To” date')
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription(/must be on or before/)
    expect(view.router.state.location.search).not.toContain(`to=${before}`)
    expect(requests.some((url) => url.searchParams.get('to') === before)).toBe(false)
  })

  it('shows totals per currency for the filtered set, never summed across currencies', async () => {
    signInAs(SEED.users.large)
    renderRoute('/invoices')
    await invoiceRows()

    const visible = visibleInvoicesOf(SEED.clients.large)
    const currencies = [...new Set(visible.map((inv) => inv.currency))].sort()
    expect(currencies).toEqual(expect.arrayContaining(['JPY', 'USD']))
    // The summary adds up every page of the list, after the first rows are on screen: under a full run's
    // load that took longer than the default wait (a fresh-clone CI run found no card yet).
    await screen.findByRole('listitem', { name: `${currencies[0]} summary` }, { timeout: 15_000 })

    for (const currency of currencies) {
      const rows = visible.filter((inv) => inv.currency === currency)
      const billed = rows.reduce((sum, inv) => sum + totalOf(inv), 0)
      const outstanding = rows
        .filter((inv) => inv.status === 'sent' || inv.status === 'overdue')
        .reduce((sum, inv) => sum + totalOf(inv) - inv.amount_paid, 0)
      const card = screen.getByRole('listitem', { name: `${currency} summary` })
      expect(card).toHaveTextContent(`${currency} · ${rows.length} invoices`)
      expect(within(card).getByText(money(billed, currency))).toBeInTheDocument()
      expect(within(card).getByText(money(outstanding, currency))).toBeInTheDocument()
    }

    // Yen have no minor digits: "¥12,345", never "¥12,345.00" or ¥123.45.
    const yen = screen.getByRole('listitem', { name: 'JPY summary' })
    for (const amount of within(yen).getAllByRole('definition')) expect(amount.textContent).toMatch(/^¥[\d,]+$/)
    expect(screen.getByText(`Showing ${shownAfterPages(SEED.clients.large, 1, 50)} of ${visible.length} invoices`)).toBeInTheDocument()
  }, 25_000)

  it('loads more invoices a page at a time, announcing the count, until all meta.total are shown', async () => {
    const user = userEvent.setup()
    signInAs(SEED.users.large)
    renderRoute('/invoices')
    const total = visibleInvoicesOf(SEED.clients.large).length
    expect(total).toBeGreaterThan(100)

    // A page holds 50 listed invoices; the documented API lists drafts too, which are never shown.
    const shownAfter = (pages: number) => shownAfterPages(SEED.clients.large, pages, 50)
    expect(await invoiceRows()).toHaveLength(shownAfter(1))
    const button = screen.getByRole('button', { name: 'Show more invoices' })
    await user.click(button)
    expect(await screen.findByText(`Showing ${shownAfter(2)} of ${total} invoices`)).toHaveAttribute('role', 'status')
    expect(await invoiceRows()).toHaveLength(shownAfter(2))
    expect(button).toHaveFocus()

    // Role queries over hundreds of rows are slow in jsdom: hold on to the button and the table.
    const table = await invoiceTable()
    let pages = 2
    let shown = shownAfter(pages)
    while (button.isConnected) {
      const before = shown
      pages += 1
      shown = shownAfter(pages)
      await user.click(button)
      await screen.findByText(`Showing ${shown} of ${total} invoices`)
      if (shown === total) {
        // The button is gone: focus moves to the first of the rows that just arrived.
        await waitFor(() => expect(button).not.toBeInTheDocument())
        expect(table.tBodies[0]!.rows[before]!.querySelector('a')).toHaveFocus()
      } else {
        expect(button).toHaveFocus()
      }
    }
    const rows = await invoiceRows()
    expect(rows).toHaveLength(total)
    expect(new Set(rowNumbers(rows)).size).toBe(total)
    expect(rowNumbers(rows)).toEqual(visibleInvoicesOf(SEED.clients.large).sort(newestFirst).map((inv) => inv.number))
  }, 20_000)

  it('shows each invoice once when one arrives between two pages', async () => {
    const user = userEvent.setup()
    const listed = listedInvoicesOf(SEED.clients.large)
    invoiceArrivesBetweenPages(listed[0]!)
    signInAs(SEED.users.large)
    renderRoute('/invoices')
    await invoiceRows()
    await user.click(screen.getByRole('button', { name: 'Show more invoices' }))
    // The second page starts one row early, with the first page's last row: shown once, all the same.
    const expected = listed.slice(0, 99).filter((inv) => inv.status !== 'draft')
    await waitFor(async () => expect(await invoiceRows()).toHaveLength(expected.length))
    expect(db.invoices.some((inv) => inv.id === 'inv_arrived_between_pages')).toBe(true)
    expect(rowNumbers(await invoiceRows())).toEqual(expected.map((inv) => inv.number))
  })

  it('tells a client without invoices what will appear here', async () => {
    signInAs(SEED.users.empty)
    renderRoute('/invoices')
    expect(await screen.findByText('No invoices yet')).toBeInTheDocument()
    expect(screen.getByText('Invoices your agency sends you will appear here.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()
  })

  it('offers to clear filters that match nothing, and puts focus back on the filters', async () => {
    const user = userEvent.setup()
    signInAs(SEED.users.ordinary)
    const view = renderRoute('/invoices?status=void&from=2001-01-01&to=2001-12-31')

    expect(await screen.findByText('No invoices match these filters')).toBeInTheDocument()
    expect(screen.getByLabelText('Status')).toHaveValue('void')
    expect(screen.getByLabelText('From')).toHaveValue('2001-01-01')

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(view.router.state.location.search).toBe('')
    expect(await invoiceRows()).toHaveLength(visibleInvoicesOf(SEED.clients.ordinary).length)
    expect(screen.getByLabelText('Status')).toHaveValue('')
    expect(screen.getByLabelText('Status')).toHaveFocus()
  })
})
