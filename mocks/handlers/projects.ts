import { findVisibleProject, visibleProjects } from '../access'
import { apiError, forbidden } from '../api-error'
import type { ProjectStatus } from '../../src/lib/api/types'
import { db } from '../db'
import type { DbProject } from '../db-types'
import { authenticate } from '../auth'
import { rejectWrite } from './reject-write'
import { http } from '../http'
import { NO_STORE } from '../no-store'
import { assertListScope } from '../list-scope'
import { paginate, readPage } from '../paging'
import { isOneOf, specEnum } from '../spec-enum'
import { toMilestone, toProject, toProjectDetail } from '../views'

/** Every ProjectStatus of the spec: a status openapi.yaml adds fails tsc here until it is listed. */
const STATUSES = specEnum<ProjectStatus>()(['planning', 'in_progress', 'review', 'completed'])

/** Shared by `/projects` and `/clients/{id}/projects`. Oldest first, so pages stay stable. */
export function projectListBody(rows: DbProject[], query: URLSearchParams) {
  const page = readPage(query)
  const status = query.get('status')
  if (status !== null && !isOneOf(STATUSES, status)) {
    const problem = `must be one of ${STATUSES.join(', ')}`
    throw apiError(422, 'validation_failed', `status ${problem}.`, { details: { status: problem } })
  }
  const clientId = query.get('client_id')
  const matches = rows
    .filter((p) => (status === null || p.status === status) && (clientId === null || p.client_id === clientId))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
  const { data, meta } = paginate(matches, page)
  return { data: data.map(toProject), meta }
}

/** Dated milestones by due date, undated ones last. */
function byDueDate(a: { due_date: string | null }, b: { due_date: string | null }): number {
  if (a.due_date === b.due_date) return 0
  if (a.due_date === null) return 1
  if (b.due_date === null) return -1
  return a.due_date.localeCompare(b.due_date)
}

export const projectHandlers = [
  http.get('/projects', ({ request, response }) => {
    const principal = authenticate(request)
    const query = new URL(request.url).searchParams
    assertListScope(principal, query)
    return response(200).json(projectListBody(visibleProjects(principal), query), { headers: NO_STORE })
  }),

  http.get('/projects/{project_id}', ({ request, params, response }) => {
    const project = findVisibleProject(authenticate(request), params.project_id)
    return response(200).json(toProjectDetail(project), { headers: NO_STORE })
  }),

  http.get('/projects/{project_id}/milestones', ({ request, params, response }) => {
    const project = findVisibleProject(authenticate(request), params.project_id)
    const milestones = db.milestones.filter((m) => m.project_id === project.id).sort(byDueDate)
    return response(200).json({ data: milestones.map(toMilestone) }, { headers: NO_STORE })
  }),

  // Clients see progress and milestones, never task internals.
  http.get('/projects/{project_id}/tasks', ({ request, params }) => {
    findVisibleProject(authenticate(request), params.project_id)
    throw forbidden('A portal client cannot see tasks.')
  }),

  http.post('/projects', rejectWrite),
  http.patch('/projects/{project_id}', rejectWrite),
  http.delete('/projects/{project_id}', rejectWrite),
]
