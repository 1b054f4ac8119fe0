import { db } from '../db'
import { SEED } from '../seed'
import { apiAs } from '../test-support/api-as'

describe('the fake API requires a valid token', () => {
  it('answers 401 with the error envelope when there is no token', async () => {
    const { response, error } = await apiAs(null).GET('/me')
    expect(response.status).toBe(401)
    expect(error?.error.code).toBe('unauthenticated')
    expect(error?.error.request_id).toMatch(/^req_/)
    expect(response.headers.get('X-Request-Id')).toBe(error?.error.request_id)
  })

  it('answers 401 to a token it never issued', async () => {
    const { response } = await apiAs(null, { token: 'at_forged' }).GET('/invoices')
    expect(response.status).toBe(401)
  })

  it('answers 401 token_expired to an expired token', async () => {
    const { response, error } = await apiAs(SEED.users.ordinary, { ttlSeconds: -1 }).GET('/invoices')
    expect(response.status).toBe(401)
    expect(error?.error.code).toBe('token_expired')
  })

  it('answers 401 once the client lost portal access', async () => {
    const api = apiAs(SEED.users.ordinary)
    const client = db.clients.find((c) => c.id === SEED.clients.ordinary)
    if (client) client.portal_access = false
    const { response } = await api.GET('/me')
    expect(response.status).toBe(401)
  })

  it('stores tokens only as hashes', async () => {
    const api = apiAs(SEED.users.ordinary)
    await api.GET('/me')
    expect(db.accessTokens).toHaveLength(1)
    expect(JSON.stringify(db.accessTokens)).not.toMatch(/at_[0-9a-f]{48}/)
  })

  it('answers the signed-in user with the workspace branding', async () => {
    const { data } = await apiAs(SEED.users.ordinary).GET('/me')
    const user = db.users.find((u) => u.id === SEED.users.ordinary)
    expect(data).toMatchObject({ id: user?.id, name: user?.name, role: 'client', client_id: SEED.clients.ordinary })
    expect(data?.workspace.name).toBe(db.workspace.name)
    expect(data?.workspace.brand_color).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('answers 401 to writes without a token and 403 to a client with one', async () => {
    const path = { params: { path: { invoice_id: 'inv_x' } } }
    const anonymous = await apiAs(null).POST('/invoices/{invoice_id}/void', path)
    expect(anonymous.response.status).toBe(401)
    const client = await apiAs(SEED.users.ordinary).POST('/invoices/{invoice_id}/void', path)
    expect(client.response.status).toBe(403)
    expect(client.error?.error.code).toBe('forbidden')
  })
})
