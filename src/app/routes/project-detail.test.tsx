import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '../../../mocks/db'
import type { DbInvoice, DbMilestone } from '../../../mocks/db-types'
import { SEED } from '../../../mocks/seed'
import { formatDate, localToday } from '@/lib/format/date'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'

const usd = (minor: number) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(minor / 100)

const projectRow = (id: string) => db.projects.find((p) => p.id === id)!

/** The milestones of a project in the API's promised order: by due date, undated ones last. */
function milestonesOf(projectId: string): DbMilestone[] {
  return db.milestones
    .filter((m) => m.project_id === projectId)
    .sort((a, b) => {
      if (a.due_date === b.due_date) return 0
      if (a.due_date === null) return 1
      if (b.due_date === null) return -1
      return a.due_date.localeCompare(b.due_date)
    })
}

/** What the client may see of a project's invoices, newest issued first. */
function invoicesOf(projectId: string): DbInvoice[] {
  return db.invoices
    .filter((inv) => inv.project_id === projectId && inv.status !== 'draft')
    .sort((a, b) => b.issue_date.localeCompare(a.issue_date) || b.number.localeCompare(a.number))
}

/** An invoice's total as display text in its own currency, from its line items (JPY has no minor digits). */
function invoiceTotalText(inv: DbInvoice): string {
  const subtotal = inv.line_items.reduce((sum, item) => sum + Math.round(item.quantity * item.unit_price), 0)
  const total = subtotal + Math.round(subtotal * inv.tax_rate)
  const format = new Intl.NumberFormat(undefined, { style: 'currency', currency: inv.currency })
  return format.format(total / 10 ** format.resolvedOptions().maximumFractionDigits!)
}

const daysFrom = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** The project page's invoice table: the one inside the "Invoices" section. */
async function invoiceTable(): Promise<HTMLTableElement> {
  const section = await screen.findByRole('region', { name: 'Invoices' })
  return within(section).findByRole('table')
}

/** Body rows of a table, each as its cells keyed by column header. */
function rowsByColumn(table: HTMLTableElement): Map<string, HTMLElement>[] {
  const headers = Array.from(table.tHead!.rows[0]!.cells, (cell) => cell.textContent.trim())
  return Array.from(table.tBodies[0]!.rows, (row) => new Map(Array.from(row.cells, (cell, i) => [headers[i]!, cell])))
}

/** The value of one fact in the summary, by its term. */
function fact(term: string): HTMLElement {
  const dt = screen.getByText(term, { selector: 'dt' })
  return dt.nextElementSibling as HTMLElement
}

describe('a project’s page', () => {
  it('shows the project: name, description, status, dates, team lead, progress and budget', async () => {
    signInAs(SEED.users.ordinary)
    const project = projectRow(SEED.projects.ordinaryInProgress)
    renderRoute(`/projects/${project.id}`)

    expect(await screen.findByRole('heading', { level: 1, name: project.name })).toBeInTheDocument()
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(breadcrumb).getByRole('link', { name: 'Projects' })).toHaveAttribute('href', '/projects')
    expect(screen.getByText(project.description!)).toBeInTheDocument()
    expect(fact('Status')).toHaveTextContent('In progress')
    expect(fact('Start date')).toHaveTextContent(formatDate(project.start_date!))
    expect(fact('End date')).toHaveTextContent(formatDate(project.end_date!))
    expect(fact('Team lead')).toHaveTextContent(db.team.find((m) => m.id === project.team_lead_id)!.name)
    const percent = Math.round((project.completed_task_count / project.task_count) * 100)
    expect(fact('Progress')).toHaveTextContent(`${project.completed_task_count} of ${project.task_count} tasks (${percent}%)`)
    expect(fact('Budget')).toHaveTextContent(`${usd(project.budget_spent)} of ${usd(project.budget!)} spent`)
    expect(screen.queryByRole('heading', { name: /task/i })).not.toBeInTheDocument()
  })

  it('lists the milestones in due-date order with their status, due date, completion and how far off they are', async () => {
    signInAs(SEED.users.large)
    const project = projectRow(SEED.projects.largeWebsite)
    renderRoute(`/projects/${project.id}`)

    const timeline = await screen.findByRole('list', { name: 'Milestones' })
    const items = within(timeline).getAllByRole('listitem')
    const expected = milestonesOf(project.id)
    expect(expected.length).toBeGreaterThan(1)
    expect(items.map((li) => li.querySelector('.milestone-name')?.textContent)).toEqual(expected.map((m) => m.name))

    const today = localToday()
    const label = { pending: 'Not started', in_progress: 'In progress', completed: 'Completed' }
    expected.forEach((milestone, i) => {
      const item = items[i]!
      expect(item).toHaveTextContent(label[milestone.status])
      expect(item).toHaveTextContent(milestone.due_date ? `Due ${formatDate(milestone.due_date)}` : 'No due date')
      if (milestone.status === 'completed') {
        expect(item.querySelector(`time[datetime="${milestone.completed_at}"]`)).not.toBeNull()
        expect(item).not.toHaveTextContent(/overdue|due (in|today|tomorrow)/)
      } else if (milestone.due_date) {
        const days = daysFrom(today, milestone.due_date)
        const hint =
          days < 0
            ? `${-days} ${days === -1 ? 'day' : 'days'} overdue`
            : `due ${new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(days, 'day')}`
        expect(item).toHaveTextContent(hint)
      }
    })
  })

  it('lists upcoming deadlines soonest first, with the project’s end date', async () => {
    signInAs(SEED.users.ordinary)
    const project = projectRow(SEED.projects.ordinaryInProgress)
    const today = localToday()
    const expected = [
      ...milestonesOf(project.id)
        .filter((m) => m.status !== 'completed' && m.due_date !== null && m.due_date >= today)
        .map((m) => ({ name: m.name, date: m.due_date! })),
      { name: 'Project end date', date: project.end_date! },
    ].sort((a, b) => a.date.localeCompare(b.date))
    renderRoute(`/projects/${project.id}`)

    const list = await screen.findByRole('list', { name: 'Upcoming deadlines' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(expected.length)
    expected.forEach(({ name, date }, i) => {
      expect(items[i]).toHaveTextContent(name)
      expect(items[i]).toHaveTextContent(formatDate(date))
    })
  })

  it('says so when nothing is ahead', async () => {
    signInAs(SEED.users.ordinary)
    renderRoute(`/projects/${SEED.projects.ordinaryCompleted}`)
    expect(await screen.findByText('No upcoming deadlines')).toBeInTheDocument()
  })

  it('shows the project’s invoices, each in its own currency, linking to the invoice', async () => {
    signInAs(SEED.users.ordinary)
    const project = projectRow(SEED.projects.ordinaryInProgress)
    const expected = invoicesOf(project.id)
    expect(expected.length).toBeGreaterThan(0)
    renderRoute(`/projects/${project.id}`)

    const rows = rowsByColumn(await invoiceTable())
    expect(rows).toHaveLength(expected.length)
    expected.forEach((inv, i) => {
      const row = rows[i]!
      expect(within(row.get('Invoice')!).getByRole('link', { name: inv.number })).toHaveAttribute('href', `/invoices/${inv.id}`)
      expect(row.get('Due')).toHaveTextContent(formatDate(inv.due_date))
      expect(row.get('Total')).toHaveTextContent(invoiceTotalText(inv))
    })
    const draftIds = db.invoices.filter((inv) => inv.client_id === SEED.clients.ordinary && inv.status === 'draft').map((inv) => inv.id)
    for (const id of draftIds) expect(document.querySelector(`a[href="/invoices/${id}"]`)).toBeNull()
  })

  it('shows the first 20 of a long invoice list, each total in its own currency, and says how many there are', async () => {
    signInAs(SEED.users.large)
    const project = projectRow(SEED.projects.largeWebsite)
    const expected = invoicesOf(project.id)
    expect(expected.length).toBeGreaterThan(20)
    renderRoute(`/projects/${project.id}`)

    const rows = rowsByColumn(await invoiceTable())
    const shown = expected.slice(0, 20)
    expect(new Set(shown.map((inv) => inv.currency)).size).toBeGreaterThan(1)
    expect(rows).toHaveLength(20)
    shown.forEach((inv, i) => {
      const row = rows[i]!
      expect(within(row.get('Invoice')!).getByRole('link', { name: inv.number })).toHaveAttribute('href', `/invoices/${inv.id}`)
      expect(row.get('Total')).toHaveTextContent(invoiceTotalText(inv))
    })
    expect(screen.getByText(new RegExp(`Showing the 20 most recently issued of ${expected.length} invoices`))).toBeInTheDocument()
  })

  it('has an empty state when a project has no invoices', async () => {
    const project = projectRow(SEED.projects.ordinaryReview)
    db.invoices = db.invoices.filter((inv) => inv.project_id !== project.id)
    signInAs(SEED.users.ordinary)
    renderRoute(`/projects/${project.id}`)
    expect(await screen.findByText('No invoices for this project yet')).toBeInTheDocument()
    expect(within(screen.getByRole('region', { name: 'Invoices' })).queryByRole('table')).not.toBeInTheDocument()
  })

  it('renders hostile text from the API as text', async () => {
    signInAs(SEED.users.large)
    const project = projectRow(SEED.projects.largeHostile)
    renderRoute(`/projects/${project.id}`)

    expect(await screen.findByRole('heading', { level: 1, name: project.name })).toBeInTheDocument()
    expect(screen.getByText(project.description!)).toBeInTheDocument()
    const hostileMilestone = milestonesOf(project.id).find((m) => m.name.includes('<img'))!
    expect(await screen.findByText(hostileMilestone.name)).toBeInTheDocument()
    expect(document.querySelector('img[src="x"]')).toBeNull()
    expect(document.querySelector('script')).toBeNull()
  })

  it('says in words what is missing: dates, team lead, budget and description', async () => {
    signInAs(SEED.users.large)
    const view = renderRoute(`/projects/${SEED.projects.largeUnscheduled}`)
    expect(await screen.findByRole('heading', { level: 1, name: projectRow(SEED.projects.largeUnscheduled).name })).toBeInTheDocument()
    expect(fact('Start date')).toHaveTextContent('Not scheduled')
    expect(fact('End date')).toHaveTextContent('No end date')
    expect(fact('Team lead')).toHaveTextContent('Not assigned')

    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' })
    await userEvent.click(within(breadcrumb).getByRole('link', { name: 'Projects' }))
    await userEvent.click(await screen.findByRole('link', { name: projectRow(SEED.projects.largeNoBudget).name }))
    expect(await screen.findByRole('heading', { level: 1, name: projectRow(SEED.projects.largeNoBudget).name })).toBeInTheDocument()
    expect(fact('Budget')).toHaveTextContent('No fixed budget')
    expect(screen.getByText('No description')).toBeInTheDocument()
    expect(view.router.state.location.pathname).toBe(`/projects/${SEED.projects.largeNoBudget}`)
  })

  it.each([
    ['an unknown id', 'proj_does_not_exist'],
    ['another client’s project', SEED.projects.largeWebsite],
    ['a project the client was not invited to', SEED.projects.ordinaryUninvited],
  ])('shows a not-found view with a way back for %s', async (_case, projectId) => {
    // React reports the 404 the boundary catches; expected here, so kept out of the test output.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    signInAs(SEED.users.ordinary)
    const view = renderRoute(`/projects/${projectId}`)

    expect(await screen.findByRole('heading', { level: 1, name: 'Project not found' })).toBeInTheDocument()
    expect(screen.queryByText(projectRow(SEED.projects.largeWebsite).name)).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('link', { name: 'Back to projects' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Projects' })).toBeInTheDocument()
    expect(view.router.state.location.pathname).toBe('/projects')
  })
})
