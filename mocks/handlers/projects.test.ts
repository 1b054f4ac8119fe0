import type { ProjectStatus } from '../../src/lib/api/types'
import { loadSpec } from '../contract/openapi-contract'
import { db } from '../db'
import { SEED } from '../seed'
import { apiAs } from '../test-support/api-as'

let api = apiAs(null)
const client_id = SEED.clients.large

/** ProjectStatus as openapi.yaml lists it today, read at run time rather than from the generated types. */
const specStatuses = (loadSpec().components.schemas?.ProjectStatus as { enum: ProjectStatus[] }).enum

const invitedOf = (status: ProjectStatus) =>
  db.projects.filter((p) => p.client_id === client_id && p.invited && p.status === status)

describe('project status filter', () => {
  beforeEach(() => {
    api = apiAs(SEED.users.large)
  })

  it.each(specStatuses)('filters by %s, a status of the spec', async (status) => {
    const { response, data } = await api.GET('/projects', { params: { query: { client_id, status, limit: 100 } } })
    expect(response.status).toBe(200)
    expect(data?.meta.total).toBe(invitedOf(status).length)
    expect(data?.data.every((p) => p.status === status)).toBe(true)
  })

  it('answers 422 for a status the spec does not list, naming the ones it does', async () => {
    const { response, error } = await api.GET('/projects', {
      params: { query: { client_id, status: 'archived' as ProjectStatus } },
    })
    expect(response.status).toBe(422)
    expect(error?.error.code).toBe('validation_failed')
    expect(error?.error.details).toEqual({ status: `must be one of ${specStatuses.join(', ')}` })
  })

  it('answers the same on the client’s own project list', async () => {
    const good = await api.GET('/clients/{client_id}/projects', {
      params: { path: { client_id }, query: { status: 'completed' } },
    })
    expect(good.response.status).toBe(200)
    const bad = await api.GET('/clients/{client_id}/projects', {
      params: { path: { client_id }, query: { status: 'Completed' as ProjectStatus } },
    })
    expect(bad.response.status).toBe(422)
  })
})
