import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as untypedHttp, HttpResponse } from 'msw'
import { db } from '../../../mocks/db'
import { server } from '../../../mocks/node'
import { SEED } from '../../../mocks/seed'
import { localToday } from '@/lib/format/date'
import { invoiceArrivesBetweenPages } from '@/test/arrives-between-pages'
import { renderRoute } from '@/test/render-route'
import { dueOf, isOpen, money, sum, totalOf, visibleInvoicesOf } from '@/test/seed-facts'
import { signInAs } from '@/test/sign-in-as'

const panel = (name: string) => screen.getByRole('region', { name })

/** `YYYY-MM` of the 12 months ending with today's, oldest first: counted back by hand, not by the portal's code. */
function twelveMonthsTo(today: string): string[] {
  let [year, month] = today.split('-').map(Number) as [number, number]
  const months: string[] = []
  for (let i = 0; i < 12; i++) {
    months.unshift(`${year}-${String(month).padStart(2, '0')}`)
    month -= 1
    if (month === 0) [year, month] = [year - 1, 12]
  }
  return months
}

/** Billed and paid of `clientId` per month of issue in `currency`, as the chart's table should show them. */
function monthlyFigures(clientId: string, currency: string) {
  return twelveMonthsTo(localToday()).map((month) => {
    const issued = visibleInvoicesOf(clientId).filter(
      (inv) => inv.status !== 'void' && inv.currency === currency && inv.issue_date.slice(0, 7) === month,
    )
    return { billed: sum(issued.map(totalOf)), paid: sum(issued.map((inv) => inv.amount_paid)) }
  })
}

function expectTableShows(table: HTMLElement, figures: { billed: number; paid: number }[], currency: string) {
  const rows = within(table).getAllByRole('row').slice(1)
  expect(rows).toHaveLength(12)
  figures.forEach(({ billed, paid }, i) => {
    const cells = within(rows[i]!).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent(money(billed, currency))
    expect(cells[1]).toHaveTextContent(money(paid, currency))
  })
}
async function renderOverviewAs(userId: string) {
  signInAs(userId)
  const view = renderRoute('/')
  await screen.findByRole('heading', { level: 1, name: 'Overview' })
  await waitFor(() => expect(screen.queryAllByRole('status', { busy: true })).toEqual([]))
  return view
}

describe('the overview of an ordinary client', () => {
  it('shows what they owe, what is late, what is next and what was billed', async () => {
    await renderOverviewAs(SEED.users.ordinary)
    const invoices = visibleInvoicesOf(SEED.clients.ordinary)
    const open = invoices.filter((inv) => isOpen(inv.status))
    const overdue = invoices.filter((inv) => inv.status === 'overdue')
    const billed = invoices.filter((inv) => inv.status !== 'void')
    const next = invoices
      .filter((inv) => inv.status === 'sent')
      .sort((a, b) => a.due_date.localeCompare(b.due_date) || a.number.localeCompare(b.number))[0]!

    expect(within(panel('Outstanding balance')).getByText(money(sum(open.map(dueOf)), 'USD'))).toBeInTheDocument()
    expect(within(panel('Outstanding balance')).getByText(`across ${open.length} invoices awaiting payment`)).toBeInTheDocument()
    expect(within(panel('Overdue')).getByText(money(sum(overdue.map(dueOf)), 'USD'))).toBeInTheDocument()
    expect(within(panel('Overdue')).getByText(`${overdue.length} ${overdue.length === 1 ? 'invoice' : 'invoices'} overdue`)).toBeInTheDocument()
    expect(within(panel('Next invoice due')).getByRole('link', { name: `Invoice ${next.number}` })).toHaveAttribute('href', `/invoices/${next.id}`)
    expect(within(panel('Next invoice due')).getByText(money(dueOf(next), 'USD'))).toBeInTheDocument()
    expect(within(panel('Total billed')).getByText(money(sum(billed.map(totalOf)), 'USD'))).toBeInTheDocument()
  })

  it('lists what needs attention, most overdue first, with the partly paid amount still due', async () => {
    await renderOverviewAs(SEED.users.ordinary)
    const open = visibleInvoicesOf(SEED.clients.ordinary)
      .filter((inv) => isOpen(inv.status))
      .sort((a, b) => a.due_date.localeCompare(b.due_date) || a.number.localeCompare(b.number))
      .slice(0, 5)
    const links = within(panel('Needs your attention')).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(open.map((inv) => `Invoice ${inv.number}`))
    const partly = db.invoices.find((inv) => inv.id === SEED.invoices.ordinaryPartlyPaidOverdue)!
    expect(within(panel('Needs your attention')).getByText(`${money(dueOf(partly), 'USD')} due`)).toBeInTheDocument()
  })

  it('shows active projects with their progress, and never an uninvited one', async () => {
    await renderOverviewAs(SEED.users.ordinary)
    const active = db.projects.filter((p) => p.client_id === SEED.clients.ordinary && p.invited && p.status !== 'completed')
    const region = panel('Active projects')
    expect(within(region).getAllByRole('link').map((a) => a.textContent)).toEqual(active.map((p) => p.name))
    for (const project of active) {
      const bar = within(region).getByRole('progressbar', { name: `Progress of ${project.name}` })
      const percent = Math.round((project.completed_task_count / project.task_count) * 100)
      expect(bar).toHaveAttribute('aria-valuetext', `${project.completed_task_count} of ${project.task_count} tasks (${percent}%)`)
    }
    const uninvited = db.projects.find((p) => p.id === SEED.projects.ordinaryUninvited)!
    expect(screen.queryByText(uninvited.name)).not.toBeInTheDocument()
  })

  it('charts the last 12 months, with a table of the same figures for screen readers', async () => {
    await renderOverviewAs(SEED.users.ordinary)
    const table = within(panel('Billing over the last 12 months')).getByRole('table', { name: /Billed and paid by month of issue, in USD/ })
    expectTableShows(table, monthlyFigures(SEED.clients.ordinary, 'USD'), 'USD')
  })
})

describe('the overview of a client billed in several currencies', () => {
  it('shows one figure per currency, JPY without minor digits, and charts one currency at a time', async () => {
    await renderOverviewAs(SEED.users.large)
    const open = visibleInvoicesOf(SEED.clients.large).filter((inv) => isOpen(inv.status))
    const yen = sum(open.filter((inv) => inv.currency === 'JPY').map(dueOf))
    const dollars = sum(open.filter((inv) => inv.currency === 'USD').map(dueOf))
    const balance = panel('Outstanding balance')
    expect(within(balance).getByText(money(yen, 'JPY'))).toBeInTheDocument()
    expect(money(yen, 'JPY')).not.toMatch(/[.,]\d{2}$/)
    expect(within(balance).getByText(money(dollars, 'USD'))).toBeInTheDocument()

    // Each currency chosen in turn, the first one last: the chart and its table follow the choice.
    const history = panel('Billing over the last 12 months')
    const choices = within(history).getAllByRole('radio').map((radio) => radio.getAttribute('value')!)
    expect(choices.length).toBeGreaterThan(1)
    for (const currency of [...choices.slice(1), choices[0]!]) {
      await userEvent.click(within(history).getByRole('radio', { name: currency }))
      expect(within(history).getByRole('radio', { name: currency })).toBeChecked()
      const figures = monthlyFigures(SEED.clients.large, currency)
      expectTableShows(within(history).getByRole('table', { name: new RegExp(`in ${currency}$`) }), figures, currency)
      const highest = Math.max(1, ...figures.flatMap(({ billed, paid }) => [billed, paid]))
      expect(history.querySelector('.billing-chart-box .chart-scale')).toHaveTextContent(money(highest, currency))
    }
  })
})

describe('the overview while invoices arrive', () => {
  it('counts each invoice once when one arrives between two pages of a list', async () => {
    const billed = visibleInvoicesOf(SEED.clients.large).filter((inv) => inv.status !== 'void')
    const paid = billed.filter((inv) => inv.status === 'paid')
    // 237 paid invoices: three pages of 100, so the list is read with cursors.
    expect(paid.length).toBeGreaterThan(100)
    invoiceArrivesBetweenPages(paid[0]!, 'paid')
    await renderOverviewAs(SEED.users.large)
    expect(db.invoices.some((inv) => inv.id === 'inv_arrived_between_pages')).toBe(true)
    for (const currency of [...new Set(billed.map((inv) => inv.currency))]) {
      const inCurrency = billed.filter((inv) => inv.currency === currency)
      expect(within(panel('Total billed')).getByText(money(sum(inCurrency.map(totalOf)), currency))).toBeInTheDocument()
    }
  })
})

describe('the overview of a client with nothing yet', () => {
  it('says what will appear, in every panel', async () => {
    await renderOverviewAs(SEED.users.empty)
    expect(within(panel('Outstanding balance')).getByText('Nothing to pay right now.')).toBeInTheDocument()
    expect(within(panel('Overdue')).getByText('Nothing is overdue.')).toBeInTheDocument()
    expect(within(panel('Next invoice due')).getByText('No invoice is waiting to be paid.')).toBeInTheDocument()
    expect(within(panel('Total billed')).getByText('Nothing billed yet.')).toBeInTheDocument()
    expect(within(panel('Needs your attention')).getByText('You are all paid up.')).toBeInTheDocument()
    expect(within(panel('Active projects')).getByText('No active projects.')).toBeInTheDocument()
    expect(within(panel('Billing over the last 12 months')).getByText('Nothing billed in the last 12 months.')).toBeInTheDocument()
  })
})

describe('when one part of the overview fails', () => {
  it('shows that panel’s error with a retry and keeps the rest', async () => {
    // React reports errors its boundaries catch; this one is expected.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    server.use(
      untypedHttp.get('*/v1/projects', () =>
        HttpResponse.json({ error: { code: 'unavailable', message: 'Down' } }, { status: 503 }),
      ),
    )
    await renderOverviewAs(SEED.users.ordinary)
    const projects = panel('Active projects')
    expect(within(projects).getByRole('alert')).toHaveTextContent('Active projects could not be loaded')
    expect(within(panel('Outstanding balance')).queryByRole('alert')).not.toBeInTheDocument()

    server.resetHandlers()
    await userEvent.click(within(projects).getByRole('button', { name: 'Try again' }))
    expect(await within(projects).findAllByRole('progressbar')).not.toHaveLength(0)
  })
})
