import { http as untypedHttp, HttpResponse } from 'msw'
import { server } from '../../../mocks/node'
import { SEED } from '../../../mocks/seed'
import { signInAs } from '@/test/sign-in-as'
import { accessToken } from './access-token'
import { ApiError } from './api-error'
import { apiClient } from './client'
import { unwrap } from './unwrap'

describe('the typed client', () => {
  it('reads the token on every request, so a new token is used at once', async () => {
    const seen: (string | null)[] = []
    server.use(
      untypedHttp.get('*/v1/me', ({ request }) => {
        seen.push(request.headers.get('Authorization'))
        return HttpResponse.json({ error: { code: 'unauthenticated', message: 'x' } }, { status: 401 })
      }),
    )
    accessToken.set('at_first')
    await apiClient.GET('/me')
    accessToken.set('at_second')
    await apiClient.GET('/me')
    accessToken.set(null)
    await apiClient.GET('/me')
    expect(seen).toEqual(['Bearer at_first', 'Bearer at_second', null])
  })

  it('lets callers tell a 401 from a 404 from a 503 by status and code', async () => {
    const failures = await Promise.all([
      unwrap(apiClient.GET('/me')).catch((e: unknown) => e),
      (async () => {
        signInAs(SEED.users.ordinary)
        return unwrap(apiClient.GET('/invoices/{invoice_id}', { params: { path: { invoice_id: 'inv_nope' } } })).catch(
          (e: unknown) => e,
        )
      })(),
    ])
    server.use(
      untypedHttp.get('*/v1/projects', () =>
        HttpResponse.json({ error: { code: 'unavailable', message: 'Down for maintenance.' } }, { status: 503 }),
      ),
    )
    const unavailable = await unwrap(apiClient.GET('/projects')).catch((e: unknown) => e)

    const [unauthenticated, notFound] = failures
    expect(unauthenticated).toBeInstanceOf(ApiError)
    expect(unauthenticated).toMatchObject({ status: 401, code: 'unauthenticated' })
    expect(notFound).toMatchObject({ status: 404, code: 'not_found' })
    expect((notFound as ApiError).requestId).toMatch(/^req_/)
    expect(unavailable).toMatchObject({ status: 503, code: 'unavailable', message: 'Down for maintenance.' })
  })

  it('resolves to the data on success', async () => {
    signInAs(SEED.users.ordinary)
    const me = await unwrap(apiClient.GET('/me'))
    expect(me.client_id).toBe(SEED.clients.ordinary)
  })
})
