import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as untypedHttp, HttpResponse } from 'msw'
import { visibleProjects } from '../../../mocks/access'
import { authenticate } from '../../../mocks/auth'
import { db } from '../../../mocks/db'
import type { DbProject } from '../../../mocks/db-types'
import { projectListBody } from '../../../mocks/handlers/projects'
import { server } from '../../../mocks/node'
import { SEED } from '../../../mocks/seed'
import { formatDate } from '@/lib/format/date'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'

const usd = (minor: number) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(minor / 100)

const invitedProjectsOf = (clientId: string) => db.projects.filter((p) => p.client_id === clientId && p.invited)

const projectRow = (id: string) => db.projects.find((p) => p.id === id)!

function expectedProgress(p: DbProject): string {
  if (p.task_count === 0) return 'No tasks yet'
  // The seed has at most 60 tasks a project, so plain rounding never reaches 0% or 100% early.
  return `${p.completed_task_count} of ${p.task_count} tasks (${Math.round((p.completed_task_count / p.task_count) * 100)}%)`
}

/** The table's body rows, by the project name in their row header. */
async function projectRows() {
  const table = await screen.findByRole('table', { name: 'Your projects' })
  const rows = within(table).getAllByRole('row').slice(1)
  return new Map(rows.map((row) => [within(row).getByRole('rowheader').textContent, row]))
}

describe('the projects list', () => {
  it('shows exactly the projects the ordinary client was invited to, never the uninvited one', async () => {
    signInAs(SEED.users.ordinary)
    renderRoute('/projects')

    expect(await screen.findByRole('heading', { level: 1, name: 'Projects' })).toBeInTheDocument()
    const rows = await projectRows()
    const invited = invitedProjectsOf(SEED.clients.ordinary)
    expect(invited).toHaveLength(3)
    expect([...rows.keys()].sort()).toEqual(invited.map((p) => p.name).sort())

    const uninvited = projectRow(SEED.projects.ordinaryUninvited)
    expect(screen.queryByText(uninvited.name)).not.toBeInTheDocument()
    expect(document.querySelector(`a[href$="${uninvited.id}"]`)).toBeNull()
  })

  it('shows each project’s status, dates, progress and budget as the API has them', async () => {
    signInAs(SEED.users.ordinary)
    renderRoute('/projects')
    const rows = await projectRows()
    const statusLabel = { planning: 'Planning', in_progress: 'In progress', review: 'In review', completed: 'Completed' }

    for (const project of invitedProjectsOf(SEED.clients.ordinary)) {
      const row = within(rows.get(project.name)!)
      expect(row.getByRole('link', { name: project.name })).toHaveAttribute('href', `/projects/${project.id}`)
      expect(row.getByText(statusLabel[project.status])).toBeInTheDocument()
      expect(row.getByText(formatDate(project.start_date!))).toBeInTheDocument()
      expect(row.getByText(formatDate(project.end_date!))).toBeInTheDocument()
      expect(row.getByText(expectedProgress(project))).toBeInTheDocument()
      expect(row.getByRole('progressbar', { name: `Progress of ${project.name}` })).toHaveAttribute(
        'aria-valuenow',
        String(project.completed_task_count),
      )
      expect(row.getByText(`${usd(project.budget_spent)} of ${usd(project.budget!)} spent`)).toBeInTheDocument()
    }
  })

  it('says in words when a project is over budget, and when it has no tasks yet', async () => {
    const project = projectRow(SEED.projects.ordinaryInProgress)
    project.budget = 500_000
    project.budget_spent = 512_345
    project.task_count = 0
    project.completed_task_count = 0
    signInAs(SEED.users.ordinary)
    renderRoute('/projects')

    const row = within((await projectRows()).get(project.name)!)
    expect(row.getByText(`${usd(512_345)} of ${usd(500_000)} spent`)).toBeInTheDocument()
    expect(row.getByText(`Over budget by ${usd(12_345)}`)).toBeInTheDocument()
    expect(row.getByText('No tasks yet')).toBeInTheDocument()
    expect(row.queryByRole('progressbar')).not.toBeInTheDocument()
  })

  it('tells a client with no projects what will appear here', async () => {
    signInAs(SEED.users.empty)
    renderRoute('/projects')
    expect(await screen.findByText('No projects yet')).toBeInTheDocument()
    expect(screen.getByText(new RegExp(`When ${db.workspace.name} shares a project with you`))).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('renders hostile, right-to-left and long names as plain text, and the edge cases in words', async () => {
    signInAs(SEED.users.large)
    renderRoute('/projects')
    const rows = await projectRows()
    expect(rows.size).toBe(invitedProjectsOf(SEED.clients.large).length)

    const hostile = projectRow(SEED.projects.largeHostile)
    expect(hostile.name).toContain('<img src=x onerror=alert(1)>')
    expect(screen.getByRole('link', { name: hostile.name })).toBeInTheDocument()
    expect(document.querySelector('img[src="x"]')).toBeNull()

    for (const id of [SEED.projects.largeRtl, SEED.projects.largeLongName]) {
      const { name } = projectRow(id)
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', `/projects/${id}`)
    }

    const noBudget = within(rows.get(projectRow(SEED.projects.largeNoBudget).name)!)
    expect(noBudget.getByText('No fixed budget')).toBeInTheDocument()

    const unscheduled = within(rows.get(projectRow(SEED.projects.largeUnscheduled).name)!)
    expect(unscheduled.getByText('Not scheduled')).toBeInTheDocument()
    expect(unscheduled.getByText('No end date')).toBeInTheDocument()

    const openEnded = projectRow(SEED.projects.largeOpenEnded)
    const openEndedRow = within(rows.get(openEnded.name)!)
    expect(openEndedRow.getByText(formatDate(openEnded.start_date!))).toBeInTheDocument()
    expect(openEndedRow.getByText('No end date')).toBeInTheDocument()
  })

  it('loads further pages with "Show more" and moves focus to the first new project', async () => {
    // The page asks for 100 at a time; the API is made to answer 3, so the large client's list spans pages.
    server.use(
      untypedHttp.get('*/v1/projects', ({ request }) => {
        const query = new URL(request.url).searchParams
        query.set('limit', '3')
        return HttpResponse.json(projectListBody(visibleProjects(authenticate(request)), query))
      }),
    )
    signInAs(SEED.users.large)
    renderRoute('/projects')
    const all = invitedProjectsOf(SEED.clients.large).sort(
      (a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id),
    )
    expect(all.length).toBeGreaterThan(6)

    expect(await projectRows()).toHaveProperty('size', 3)
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(`Showing 3 of ${all.length} projects`)

    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Show more projects' }))
    await waitFor(() => expect(screen.getByRole('link', { name: all[3]!.name })).toHaveFocus())
    expect((await projectRows()).size).toBe(6)

    while (screen.queryByRole('button', { name: /Show more projects|Loading more/ })) {
      const shown = (await projectRows()).size
      await user.click(screen.getByRole('button', { name: /Show more projects|Loading more/ }))
      await waitFor(async () => expect((await projectRows()).size).toBeGreaterThan(shown))
    }
    expect([...(await projectRows()).keys()]).toEqual(all.map((p) => p.name))
    expect(screen.getByText(`Showing all ${all.length} projects`)).toBeInTheDocument()
    const firstOfLastPage = all[Math.floor((all.length - 1) / 3) * 3]!
    expect(screen.getByRole('link', { name: firstOfLastPage.name })).toHaveFocus()
  })

  it('shows each project once when two pages overlap', async () => {
    // The API is made to answer 3 a page, each later page starting with the previous page's last project.
    server.use(
      untypedHttp.get('*/v1/projects', ({ request }) => {
        const query = new URL(request.url).searchParams
        query.set('limit', '3')
        const body = projectListBody(visibleProjects(authenticate(request)), query)
        if (!query.has('cursor')) return HttpResponse.json(body)
        const previous = new URLSearchParams(query)
        previous.delete('cursor')
        const offset = Number(/^offset:(\d+)$/.exec(atob(query.get('cursor')!))![1])
        previous.set('cursor', btoa(`offset:${offset - 1}`))
        previous.set('limit', '1')
        const repeated = projectListBody(visibleProjects(authenticate(request)), previous).data
        return HttpResponse.json({ ...body, data: [...repeated, ...body.data] })
      }),
    )
    signInAs(SEED.users.large)
    renderRoute('/projects')
    const all = invitedProjectsOf(SEED.clients.large).sort(
      (a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id),
    )
    expect(await projectRows()).toHaveProperty('size', 3)
    const user = userEvent.setup()
    while (screen.queryByRole('button', { name: /Show more projects|Loading more/ })) {
      const shown = (await projectRows()).size
      await user.click(screen.getByRole('button', { name: /Show more projects|Loading more/ }))
      await waitFor(async () => expect((await projectRows()).size).toBeGreaterThan(shown))
    }
    const table = screen.getByRole('table', { name: 'Your projects' })
    const names = within(table).getAllByRole('rowheader').map((cell) => cell.textContent)
    expect(names).toEqual(all.map((p) => p.name))
    expect(screen.getByText(`Showing all ${all.length} projects`)).toBeInTheDocument()
  })

  it('shows the same progress here and on the overview: 199 of 200 tasks is 99 %, never 100 % early', async () => {
    const nearlyDone = projectRow(SEED.projects.ordinaryReview)
    Object.assign(nearlyDone, { completed_task_count: 199, task_count: 200 })
    const justStarted = invitedProjectsOf(SEED.clients.ordinary).find((p) => p.id !== nearlyDone.id && p.status !== 'completed')!
    Object.assign(justStarted, { completed_task_count: 1, task_count: 200 })
    signInAs(SEED.users.ordinary)
    const view = renderRoute('/projects')
    const rows = await projectRows()
    const onProjectsPage = (project: DbProject) =>
      within(rows.get(project.name)!).getByRole('progressbar', { name: `Progress of ${project.name}` }).getAttribute('aria-valuetext')
    expect(onProjectsPage(nearlyDone)).toBe('199 of 200 tasks (99%)')
    expect(onProjectsPage(justStarted)).toBe('1 of 200 tasks (1%)')

    await view.router.navigate('/')
    const active = await screen.findByRole('region', { name: 'Active projects' })
    const onOverview = async (project: DbProject) =>
      (await within(active).findByRole('progressbar', { name: `Progress of ${project.name}` })).getAttribute('aria-valuetext')
    expect(await onOverview(nearlyDone)).toBe('199 of 200 tasks (99%)')
    expect(await onOverview(justStarted)).toBe('1 of 200 tasks (1%)')
  })

  it('opens a project’s page from its link', async () => {
    signInAs(SEED.users.ordinary)
    const view = renderRoute('/projects')
    const project = projectRow(SEED.projects.ordinaryReview)

    await userEvent.click(await screen.findByRole('link', { name: project.name }))

    expect(await screen.findByRole('heading', { level: 1, name: project.name })).toBeInTheDocument()
    expect(view.router.state.location.pathname).toBe(`/projects/${project.id}`)
  })
})
