import { apiClient } from '@/lib/api/client'
import { accessToken } from '@/lib/api/access-token'
import { signInAs } from '@/test/sign-in-as'
import { db } from '../db'
import { SEED } from '../seed'

describe('the fake API requires a valid token', () => {
  it('answers 401 with the error envelope when there is no token', async () => {
    const { response, error } = await apiClient.GET('/me')
    expect(response.status).toBe(401)
    expect(error?.error.code).toBe('unauthenticated')
    expect(error?.error.request_id).toMatch(/^req_/)
    expect(response.headers.get('X-Request-Id')).toBe(error?.error.request_id)
  })

  it('answers 401 to a token it never issued', async () => {
    accessToken.set('at_forged')
    const { response } = await apiClient.GET('/invoices')
    expect(response.status).toBe(401)
  })

  it('answers 401 token_expired to an expired token', async () => {
    signInAs(SEED.users.ordinary, -1)
    const { response, error } = await apiClient.GET('/invoices')
    expect(response.status).toBe(401)
    expect(error?.error.code).toBe('token_expired')
  })

  it('answers 401 once the client lost portal access', async () => {
    signInAs(SEED.users.ordinary)
    const client = db.clients.find((c) => c.id === SEED.clients.ordinary)
    if (client) client.portal_access = false
    const { response } = await apiClient.GET('/me')
    expect(response.status).toBe(401)
  })

  it('answers the signed-in user with the workspace branding', async () => {
    signInAs(SEED.users.ordinary)
    const { data } = await apiClient.GET('/me')
    const user = db.users.find((u) => u.id === SEED.users.ordinary)
    expect(data).toMatchObject({ id: user?.id, name: user?.name, role: 'client', client_id: SEED.clients.ordinary })
    expect(data?.workspace.name).toBe(db.workspace.name)
    expect(data?.workspace.brand_color).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('answers 401 to writes without a token and 403 to a client with one', async () => {
    const anonymous = await apiClient.POST('/invoices/{invoice_id}/void', { params: { path: { invoice_id: 'inv_x' } } })
    expect(anonymous.response.status).toBe(401)
    signInAs(SEED.users.ordinary)
    const client = await apiClient.POST('/invoices/{invoice_id}/void', { params: { path: { invoice_id: 'inv_x' } } })
    expect(client.response.status).toBe(403)
    expect(client.error?.error.code).toBe('forbidden')
  })
})
