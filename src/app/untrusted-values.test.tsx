import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http as untypedHttp } from 'msw'
import { findVisibleInvoice, findVisibleProject, visibleProjects } from '../../mocks/access'
import { authenticate } from '../../mocks/auth'
import { db } from '../../mocks/db'
import type { DbInvoice, DbProject } from '../../mocks/db-types'
import { invoiceListFor } from '../../mocks/handlers/invoices'
import { projectListBody } from '../../mocks/handlers/projects'
import { server } from '../../mocks/node'
import { violationHeaders } from '../../mocks/scenarios/violation'
import { SEED } from '../../mocks/seed'
import { toInvoiceDetail, toMilestone, toProjectDetail } from '../../mocks/views'
import { renderRoute } from '@/test/render-route'
import { dueOf, isOpen, money, sum, totalOf, visibleInvoicesOf } from '@/test/seed-facts'
import { signInAs } from '@/test/sign-in-as'

/*
 * Values the contract does not allow (an unknown status, a date that is not one, a currency code that
 * is not ISO 4217, a negative count) put into the fake's tables, then answered as the fake API would,
 * marked so the contract check lets exactly these answers through.
 */
const MARK = violationHeaders('untrusted-values')

function answerMarked() {
  server.use(
    untypedHttp.get('*/v1/invoices', ({ request }) => HttpResponse.json(invoiceListFor(request), { headers: MARK })),
    untypedHttp.get('*/v1/invoices/:invoiceId', ({ request, params }) =>
      HttpResponse.json(toInvoiceDetail(findVisibleInvoice(authenticate(request), String(params.invoiceId))), { headers: MARK }),
    ),
    untypedHttp.get('*/v1/projects', ({ request }) =>
      HttpResponse.json(projectListBody(visibleProjects(authenticate(request)), new URL(request.url).searchParams), { headers: MARK }),
    ),
    untypedHttp.get('*/v1/projects/:projectId', ({ request, params }) =>
      HttpResponse.json(toProjectDetail(findVisibleProject(authenticate(request), String(params.projectId))), { headers: MARK }),
    ),
    untypedHttp.get('*/v1/projects/:projectId/milestones', ({ request, params }) => {
      const project = findVisibleProject(authenticate(request), String(params.projectId))
      const milestones = db.milestones.filter((m) => m.project_id === project.id).map(toMilestone)
      return HttpResponse.json({ data: milestones }, { headers: MARK })
    }),
  )
}

const invoiceRow = (id: string) => db.invoices.find((inv) => inv.id === id)!
const projectRow = (id: string) => db.projects.find((p) => p.id === id)!
/** Writes a value the row's type does not allow, as an API outside its contract would send it. */
const put = <T extends object>(row: T, values: Record<string, unknown>) => Object.assign(row as Record<string, unknown>, values)

const NOT_REACHED = /could not reach the server/i

async function noLoadingLeft() {
  await waitFor(() => expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0))
}

async function invoiceTableRows() {
  const table = await screen.findByRole<HTMLTableElement>('table', { name: 'Invoices, newest first' })
  return Array.from(table.tBodies[0]!.rows)
}

const rowOf = (rows: HTMLTableRowElement[], number: string) => rows.find((row) => row.cells[0]!.textContent?.startsWith(number))!

/** What a cell states, without the column's name it carries for a phone's cards (hidden from screen readers). */
function valueIn(cell: HTMLTableCellElement | undefined): string {
  const copy = cell!.cloneNode(true) as HTMLElement
  for (const label of copy.querySelectorAll('.cell-label')) label.remove()
  return copy.textContent ?? ''
}

describe('an invoice status the portal does not know', () => {
  it('is a neutral badge in the list, with no amount due, and counted in no figure', async () => {
    const refunded = invoiceRow(SEED.invoices.ordinaryPaid)
    const others = visibleInvoicesOf(SEED.clients.ordinary).filter((inv) => inv.id !== refunded.id)
    put(refunded, { status: 'refunded' })
    answerMarked()
    signInAs(SEED.users.ordinary)
    renderRoute('/invoices')

    const rows = await invoiceTableRows()
    expect(rows).toHaveLength(others.length + 1)
    const row = rowOf(rows, refunded.number)
    expect(row.cells[1]).toHaveTextContent('Unknown status')
    expect(row.cells[5]).toHaveTextContent('—')
    expect(screen.queryByText(NOT_REACHED)).not.toBeInTheDocument()

    const summary = await screen.findByRole('listitem', { name: 'USD summary' })
    expect(summary).toHaveTextContent(`USD · ${others.length} invoices`)
    expect(summary).toHaveTextContent(money(sum(others.map(totalOf)), 'USD'))
  })

  it('is a neutral badge on the invoice page, with nothing to pay', async () => {
    const invoice = invoiceRow(SEED.invoices.ordinaryOverdue)
    put(invoice, { status: 'written_off' })
    answerMarked()
    signInAs(SEED.users.ordinary)
    renderRoute(`/invoices/${invoice.id}`)

    expect(await screen.findByRole('heading', { level: 1, name: `Invoice ${invoice.number}` })).toBeInTheDocument()
    expect(screen.getByText('Unknown status')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /^Pay / })).not.toBeInTheDocument()
    expect(screen.queryByText(NOT_REACHED)).not.toBeInTheDocument()
  })
})

describe('project and milestone values the portal does not know', () => {
  it('an unknown project status and a start date that is not a date: the list still renders', async () => {
    const project = projectRow(SEED.projects.ordinaryInProgress)
    put(project, { status: 'on_hold', start_date: 'not-a-date' })
    answerMarked()
    signInAs(SEED.users.ordinary)
    renderRoute('/projects')

    const table = await screen.findByRole('table', { name: 'Your projects' })
    const row = within(table).getByRole('link', { name: project.name }).closest('tr')!
    expect(within(row).getByText('Unknown status')).toBeInTheDocument()
    expect(valueIn(row.cells[2])).toMatch(/^—$/)
    expect(screen.queryByText(NOT_REACHED)).not.toBeInTheDocument()
  })

  it('an unknown milestone status and odd dates on the project page', async () => {
    const project = projectRow(SEED.projects.ordinaryInProgress)
    put(project, { status: 'on_hold', start_date: 'not-a-date', end_date: '2026-02-30' })
    const milestone = db.milestones.find((m) => m.project_id === project.id)!
    put(milestone, { status: 'blocked', due_date: 'soon' })
    answerMarked()
    signInAs(SEED.users.ordinary)
    renderRoute(`/projects/${project.id}`)

    expect(await screen.findByRole('heading', { level: 1, name: project.name })).toBeInTheDocument()
    await noLoadingLeft()
    const timeline = screen.getByRole('list', { name: 'Milestones' })
    const item = within(timeline).getByText(milestone.name).closest('li')!
    expect(within(item).getByText('Unknown status')).toBeInTheDocument()
    expect(item).toHaveTextContent('Due —')
    expect(screen.getAllByText('Unknown status')).toHaveLength(2)
    expect(within(screen.getByRole('region', { name: 'Upcoming deadlines' })).queryByText(milestone.name)).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('a currency code that is not ISO 4217', () => {
  it('shows that invoice’s amounts as “—” with the code, and every other row as it is', async () => {
    const odd = invoiceRow(SEED.invoices.ordinaryPartlyPaidOverdue)
    put(odd, { currency: 'US$' })
    const others = visibleInvoicesOf(SEED.clients.ordinary).filter((inv) => inv.id !== odd.id)
    answerMarked()
    signInAs(SEED.users.ordinary)
    renderRoute('/invoices')

    const rows = await invoiceTableRows()
    expect(rows).toHaveLength(others.length + 1)
    const row = rowOf(rows, odd.number)
    expect(valueIn(row.cells[4])).toMatch(/^— \(US\$\)$/)
    expect(valueIn(row.cells[5])).toMatch(/^— \(US\$\)$/)
    const paid = others.find((inv) => inv.status === 'paid')!
    expect(rowOf(rows, paid.number).cells[4]).toHaveTextContent(money(totalOf(paid), 'USD'))
    expect(screen.queryByText(NOT_REACHED)).not.toBeInTheDocument()
    expect(screen.queryByText(/failed a safety check/)).not.toBeInTheDocument()
  })

  it('offers no Pay button for an amount it cannot state', async () => {
    const odd = invoiceRow(SEED.invoices.ordinaryPartlyPaidOverdue)
    put(odd, { currency: 'US$' })
    answerMarked()
    signInAs(SEED.users.ordinary)
    renderRoute(`/invoices/${odd.id}`)

    expect(await screen.findByRole('heading', { level: 1, name: `Invoice ${odd.number}` })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /^Pay / })).not.toBeInTheDocument()
    expect(screen.getAllByText('— (US$)').length).toBeGreaterThan(0)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('keeps the overview’s USD balance right, and shows the odd currency as unavailable', async () => {
    const odd = invoiceRow(SEED.invoices.ordinaryOverdue)
    put(odd, { currency: 'US$' })
    const open = visibleInvoicesOf(SEED.clients.ordinary).filter((inv) => inv.id !== odd.id && isOpen(inv.status))
    answerMarked()
    signInAs(SEED.users.ordinary)
    renderRoute('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
    await noLoadingLeft()

    const balance = screen.getByRole('region', { name: 'Outstanding balance' })
    expect(within(balance).getByText(money(sum(open.map(dueOf)), 'USD'))).toBeInTheDocument()
    expect(within(balance).getByText('— (US$)')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('an invoice number with bidi controls', () => {
  const SPOOF = 'INV-2026-\u202E1220'

  it('is isolated and stripped in the list, with a visible note, and saved under a clean name', async () => {
    const invoice = invoiceRow(SEED.invoices.ordinaryPaid)
    invoice.number = SPOOF
    signInAs(SEED.users.ordinary)
    renderRoute('/invoices')

    const rows = await invoiceTableRows()
    const link = within(rowOf(rows, 'INV-2026-1220').cells[0]!).getByRole('link')
    expect(link.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/)
    expect(link.querySelector('bdi')).toHaveTextContent(/^INV-2026-1220$/)
    expect(link).toHaveTextContent('⚠')
    expect(link).toHaveAccessibleName('INV-2026-1220 (hidden characters removed)')
  })

  it('is isolated in the invoice page’s heading and in the overview', async () => {
    const invoice = invoiceRow(SEED.invoices.ordinaryOverdue)
    invoice.number = SPOOF
    signInAs(SEED.users.ordinary)
    const view = renderRoute(`/invoices/${invoice.id}`)
    const heading = await screen.findByRole('heading', { level: 1, name: 'Invoice INV-2026-1220 (hidden characters removed)' })
    expect(heading.querySelector('bdi')).toHaveTextContent(/^INV-2026-1220$/)
    view.unmount()

    renderRoute('/')
    const attention = await screen.findByRole('region', { name: 'Needs your attention' })
    const link = await within(attention).findByRole('link', { name: 'Invoice INV-2026-1220 (hidden characters removed)' })
    expect(link.querySelector('bdi')).toHaveTextContent(/^INV-2026-1220$/)
  })
})

describe('project figures a double cannot hold, or counts that cannot be', () => {
  function spoilProjects() {
    const huge = projectRow(SEED.projects.ordinaryInProgress)
    put(huge, { budget: 2 ** 60 + 1 })
    const negative = projectRow(SEED.projects.ordinaryReview)
    put(negative, { task_count: -5, completed_task_count: 10 })
    const fine = projectRow(SEED.projects.ordinaryCompleted)
    answerMarked()
    return { huge, negative, fine }
  }

  const usd = (minor: number) => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(minor / 100)
  const rowFor = (table: HTMLElement, project: DbProject) => within(table).getByRole('link', { name: project.name }).closest('tr')!

  it('shows those figures as unavailable on the projects page, and every other project as it is', async () => {
    const { huge, negative, fine } = spoilProjects()
    signInAs(SEED.users.ordinary)
    renderRoute('/projects')
    const table = await screen.findByRole('table', { name: 'Your projects' })

    expect(valueIn(rowFor(table, huge).cells[5])).toMatch(/^Budget unavailable$/)
    expect(rowFor(table, huge).cells[4]).toHaveTextContent(`${huge.completed_task_count} of ${huge.task_count} tasks`)
    expect(valueIn(rowFor(table, negative).cells[4])).toMatch(/^Progress unavailable$/)
    expect(within(rowFor(table, negative)).queryByRole('progressbar')).not.toBeInTheDocument()
    expect(rowFor(table, negative).cells[5]).toHaveTextContent(`${usd(negative.budget_spent)} of ${usd(negative.budget!)} spent`)
    expect(rowFor(table, fine).cells[5]).toHaveTextContent(`${usd(fine.budget_spent)} of ${usd(fine.budget!)} spent`)
    expect(document.body).not.toHaveTextContent('1,152,921,504,606,846,976')
    expect(document.body).not.toHaveTextContent('-5 tasks')
  })

  it('shows them as unavailable on the project page and the overview', async () => {
    const { negative } = spoilProjects()
    signInAs(SEED.users.ordinary)
    const view = renderRoute(`/projects/${negative.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: negative.name })).toBeInTheDocument()
    expect(screen.getByText('Progress unavailable')).toBeInTheDocument()
    view.unmount()

    renderRoute('/')
    const active = await screen.findByRole('region', { name: 'Active projects' })
    await within(active).findByRole('link', { name: negative.name })
    expect(within(active).getByText('Progress unavailable')).toBeInTheDocument()
  })
})

describe('a credit note (an invoice with a negative total)', () => {
  /** The sent invoice due first becomes a credit of 12.00. */
  function creditNote(): DbInvoice {
    const sent = visibleInvoicesOf(SEED.clients.ordinary)
      .filter((inv) => inv.status === 'sent')
      .sort((a, b) => a.due_date.localeCompare(b.due_date) || a.number.localeCompare(b.number))
    const credit = sent[0]!
    credit.line_items = [{ description: 'Refund of a double charge', quantity: 1, unit_price: -1200 }]
    credit.tax_rate = 0
    credit.amount_paid = 0
    return credit
  }

  it('reads as a credit in the list, never as a negative amount due', async () => {
    const credit = creditNote()
    signInAs(SEED.users.ordinary)
    renderRoute('/invoices')
    const row = rowOf(await invoiceTableRows(), credit.number)
    expect(valueIn(row.cells[5])).toMatch(/^Credit \$12\.00$/)
  })

  it('is never the next invoice due and never lowers the balance or what was billed', async () => {
    const credit = creditNote()
    const invoices = visibleInvoicesOf(SEED.clients.ordinary).filter((inv) => inv.id !== credit.id)
    const open = invoices.filter((inv) => isOpen(inv.status))
    const billed = invoices.filter((inv) => inv.status !== 'void')
    const next = invoices
      .filter((inv) => inv.status === 'sent')
      .sort((a, b) => a.due_date.localeCompare(b.due_date) || a.number.localeCompare(b.number))[0]!
    signInAs(SEED.users.ordinary)
    renderRoute('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
    await noLoadingLeft()

    const panel = (name: string) => screen.getByRole('region', { name })
    expect(within(panel('Next invoice due')).getByRole('link', { name: `Invoice ${next.number}` })).toBeInTheDocument()
    expect(within(panel('Outstanding balance')).getByText(money(sum(open.map(dueOf)), 'USD'))).toBeInTheDocument()
    expect(within(panel('Outstanding balance')).getByText(`across ${open.length} invoices awaiting payment`)).toBeInTheDocument()
    expect(within(panel('Total billed')).getByText(money(sum(billed.map(totalOf)), 'USD'))).toBeInTheDocument()
    expect(screen.queryByText(credit.number, { exact: false })).not.toBeInTheDocument()
  })
})
