import { http as untypedHttp, HttpResponse } from 'msw'
import { db } from '../../../mocks/db'
import { server } from '../../../mocks/node'
import { SEED } from '../../../mocks/seed'
import { session } from '@/lib/auth/session'
import { signInAs } from '@/test/sign-in-as'
import { ApiError } from './api-error'
import { apiClient } from './client'
import { NetworkError } from './network-error'
import { unwrap } from './unwrap'

/** Counts what reached the fake API, by method and path. */
function recordRequests() {
  const seen: string[] = []
  const listener = ({ request }: { request: Request }) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`)
  }
  server.events.on('request:start', listener)
  return { seen, stop: () => server.events.removeListener('request:start', listener) }
}

describe('the typed client', () => {
  afterEach(() => vi.useRealTimers())

  it('sends the session’s token, and none when signed out', async () => {
    const seen: (string | null)[] = []
    server.use(
      untypedHttp.get('*/v1/me', ({ request }) => {
        seen.push(request.headers.get('Authorization'))
        return HttpResponse.json({ error: { code: 'unauthenticated', message: 'x' } }, { status: 401 })
      }),
    )
    await apiClient.GET('/me')
    const { access_token } = signInAs(SEED.users.ordinary)
    await apiClient.GET('/me')
    expect(seen[0]).toBeNull()
    expect(seen[1]).toBe(`Bearer ${access_token}`)
  })

  it('keeps nothing in the HTTP cache: every request, the retry after a refresh too, is no-store', async () => {
    signInAs(SEED.users.ordinary)
    db.accessTokens = [] // the first answer is a 401, so the request is sent again after a refresh
    const seen: { path: string; cache: RequestCache }[] = []
    const listener = ({ request }: { request: Request }) => void seen.push({ path: new URL(request.url).pathname, cache: request.cache })
    server.events.on('request:start', listener)
    onTestFinished(() => server.events.removeListener('request:start', listener))
    const invoice = db.invoices.find((inv) => inv.client_id === SEED.clients.ordinary && inv.status === 'sent')!

    await apiClient.GET('/me')
    await apiClient.GET('/invoices/{invoice_id}/pdf', { params: { path: { invoice_id: invoice.id } }, parseAs: 'blob' })

    expect(seen.map((r) => r.path)).toEqual(['/v1/me', '/v1/oauth/token', '/v1/me', `/v1/invoices/${invoice.id}/pdf`])
    expect(seen.every((r) => r.cache === 'no-store')).toBe(true)
  })

  it('rejects a request that got no answer with a NetworkError, and a cancelled one with its AbortError', async () => {
    signInAs(SEED.users.ordinary)
    server.use(untypedHttp.get('*/v1/me', () => HttpResponse.error()))
    const dropped = await apiClient.GET('/me').catch((e: unknown) => e)
    expect(dropped).toBeInstanceOf(NetworkError)
    expect(dropped).toBeInstanceOf(TypeError)

    server.resetHandlers()
    const controller = new AbortController()
    const pending = apiClient.GET('/me', { signal: controller.signal }).catch((e: unknown) => e)
    controller.abort()
    const aborted = await pending
    expect(aborted).not.toBeInstanceOf(NetworkError)
    expect((aborted as Error).name).toBe('AbortError')
  })

  it('is answered Cache-Control: no-store by the fake API, for data, PDFs and errors alike', async () => {
    signInAs(SEED.users.ordinary)
    const invoice = db.invoices.find((inv) => inv.client_id === SEED.clients.ordinary && inv.status === 'sent')!
    const answers = await Promise.all([
      apiClient.GET('/me'),
      apiClient.GET('/invoices', { params: { query: { client_id: SEED.clients.ordinary } } }),
      apiClient.GET('/invoices/{invoice_id}/pdf', { params: { path: { invoice_id: invoice.id } }, parseAs: 'blob' }),
      apiClient.GET('/invoices/{invoice_id}', { params: { path: { invoice_id: 'inv_nope' } } }),
    ])
    expect(answers.map((a) => a.response.status)).toEqual([200, 200, 200, 404])
    for (const { response } of answers) expect(response.headers.get('Cache-Control')).toBe('no-store')
  })

  it('refreshes once on a 401 mid-session and retries the request', async () => {
    signInAs(SEED.users.ordinary)
    db.accessTokens = [] // the server forgot the access token: the next request answers 401
    const requests = recordRequests()

    const { data, response } = await apiClient.GET('/me')

    requests.stop()
    expect(response.status).toBe(200)
    expect(data?.client_id).toBe(SEED.clients.ordinary)
    expect(requests.seen).toEqual(['GET /v1/me', 'POST /v1/oauth/token', 'GET /v1/me'])
  })

  it('shares one refresh between requests that fail together', async () => {
    signInAs(SEED.users.ordinary)
    db.accessTokens = []
    const requests = recordRequests()

    const query = { client_id: SEED.clients.ordinary }
    const results = await Promise.all([
      apiClient.GET('/me'),
      apiClient.GET('/invoices', { params: { query } }),
      apiClient.GET('/projects', { params: { query } }),
    ])

    requests.stop()
    expect(results.map((r) => r.response.status)).toEqual([200, 200, 200])
    expect(requests.seen.filter((r) => r === 'POST /v1/oauth/token')).toHaveLength(1)
  })

  it('refreshes before the access token expires, so no request meets a 401', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    signInAs(SEED.users.ordinary, 60)
    vi.setSystemTime(Date.now() + 50_000) // inside the last quarter of the token's life
    const requests = recordRequests()

    const { response } = await apiClient.GET('/me')

    requests.stop()
    expect(response.status).toBe(200)
    expect(requests.seen).toEqual(['POST /v1/oauth/token', 'GET /v1/me'])
  })

  it('ends the session as expired when the refresh is refused', async () => {
    const ended = vi.fn()
    const stop = session.onEnd(ended)
    signInAs(SEED.users.ordinary)
    db.accessTokens = []
    db.refreshTokens = []

    const failure = await unwrap(apiClient.GET('/me')).catch((e: unknown) => e)

    stop()
    expect(failure).toMatchObject({ status: 401 })
    expect(ended).toHaveBeenCalledWith('expired')
    expect(session.isSignedIn()).toBe(false)
  })

  it('keeps the session when the refresh fails for network reasons', async () => {
    signInAs(SEED.users.ordinary)
    db.accessTokens = []
    server.use(untypedHttp.post('*/v1/oauth/token', () => HttpResponse.error()))

    await expect(apiClient.GET('/me')).rejects.toThrow()
    expect(session.isSignedIn()).toBe(true)
  })

  it('lets callers tell a 401 from a 404 from a 503 by status and code', async () => {
    const unauthenticated = await unwrap(apiClient.GET('/me')).catch((e: unknown) => e)
    signInAs(SEED.users.ordinary)
    const notFound = await unwrap(
      apiClient.GET('/invoices/{invoice_id}', { params: { path: { invoice_id: 'inv_nope' } } }),
    ).catch((e: unknown) => e)
    server.use(
      untypedHttp.get('*/v1/projects', () =>
        HttpResponse.json({ error: { code: 'unavailable', message: 'Down for maintenance.' } }, { status: 503 }),
      ),
    )
    const unavailable = await unwrap(apiClient.GET('/projects')).catch((e: unknown) => e)

    expect(unauthenticated).toBeInstanceOf(ApiError)
    expect(unauthenticated).toMatchObject({ status: 401, code: 'unauthenticated' })
    expect(notFound).toMatchObject({ status: 404, code: 'not_found' })
    expect((notFound as ApiError).requestId).toMatch(/^req_/)
    expect(unavailable).toMatchObject({ status: 503, code: 'unavailable', message: 'Down for maintenance.' })
  })
})
