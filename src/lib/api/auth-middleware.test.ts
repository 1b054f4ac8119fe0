import type { Middleware } from 'openapi-fetch'
import { createAuthMiddleware, type TokenSource } from './auth-middleware'

type Params = Parameters<NonNullable<Extract<Middleware, { onRequest: unknown }>['onRequest']>>[0]

/** The middleware alone, with a token source and a network the test controls. */
function setUp(tokens: { current: string | null; afterUnauthorized: string | null }) {
  const getAccessToken = vi.fn(() => Promise.resolve(tokens.current))
  const tokenAfterUnauthorized = vi.fn((_usedToken: string | null) => Promise.resolve(tokens.afterUnauthorized))
  const source: TokenSource = { getAccessToken, tokenAfterUnauthorized }
  const network = vi.fn((request: Request) => Promise.resolve(new Response(`retried with ${request.headers.get('Authorization')}`)))
  vi.stubGlobal('fetch', network)
  onTestFinished(() => {
    vi.unstubAllGlobals()
  })
  const middleware = createAuthMiddleware(source)
  const params = (id: string, request: Request) => ({ id, request, schemaPath: '/me', params: {}, options: {} }) as unknown as Params
  return {
    source: { getAccessToken, tokenAfterUnauthorized },
    network,
    send: async (id: string, request = new Request('https://api.example.test/v1/me')) =>
      (await middleware.onRequest!(params(id, request))) as Request,
    answer: async (id: string, response: Response) =>
      (await middleware.onResponse!({ ...params(id, new Request('https://api.example.test/v1/me')), response })) as Response,
    fail: (id: string) => middleware.onError!({ ...params(id, new Request('https://api.example.test/v1/me')), error: new TypeError('x') }),
  }
}

const unauthorized = () => new Response(null, { status: 401 })

describe('the auth middleware', () => {
  it('sends the current access token, asked for afresh on every request', async () => {
    const tokens = { current: 'at_1' as string | null, afterUnauthorized: null }
    const { send, source } = setUp(tokens)
    expect((await send('1')).headers.get('Authorization')).toBe('Bearer at_1')
    tokens.current = 'at_2'
    expect((await send('2')).headers.get('Authorization')).toBe('Bearer at_2')
    tokens.current = null
    expect((await send('3')).headers.has('Authorization')).toBe(false)
    expect(source.getAccessToken).toHaveBeenCalledTimes(3)
  })

  it('passes any answer but a 401 through, asking for nothing', async () => {
    const { send, answer, source, network } = setUp({ current: 'at_1', afterUnauthorized: 'at_2' })
    await send('1')
    const notFound = new Response(null, { status: 404 })
    expect(await answer('1', notFound)).toBe(notFound)
    expect(source.tokenAfterUnauthorized).not.toHaveBeenCalled()
    expect(network).not.toHaveBeenCalled()
  })

  it('retries a 401 once, the same request with the newer token', async () => {
    const { send, answer, source, network } = setUp({ current: 'at_1', afterUnauthorized: 'at_2' })
    await send('1', new Request('https://api.example.test/v1/invoices?client_id=c1', { headers: { Accept: 'application/json' } }))
    const retried = await answer('1', unauthorized())
    expect(source.tokenAfterUnauthorized).toHaveBeenCalledWith('at_1')
    expect(network).toHaveBeenCalledTimes(1)
    const [request] = network.mock.calls[0]!
    expect(request.url).toBe('https://api.example.test/v1/invoices?client_id=c1')
    expect(request.headers.get('Accept')).toBe('application/json')
    expect(request.headers.get('Authorization')).toBe('Bearer at_2')
    expect(await retried.text()).toBe('retried with Bearer at_2')
    // The request is forgotten once answered: a second 401 for it is the caller's.
    const again = unauthorized()
    expect(await answer('1', again)).toBe(again)
    expect(network).toHaveBeenCalledTimes(1)
  })

  it('retries a 401 of a request sent without a token, once the session has one', async () => {
    const { send, answer, source, network } = setUp({ current: null, afterUnauthorized: 'at_2' })
    await send('1')
    await answer('1', unauthorized())
    expect(source.tokenAfterUnauthorized).toHaveBeenCalledWith(null)
    expect(network.mock.calls[0]![0].headers.get('Authorization')).toBe('Bearer at_2')
  })

  it('gives the 401 back when no newer token comes: signed out, or the same token again', async () => {
    const tokens = { current: 'at_1', afterUnauthorized: null as string | null }
    const { send, answer, network } = setUp(tokens)
    await send('1')
    const first = unauthorized()
    expect(await answer('1', first)).toBe(first)
    tokens.afterUnauthorized = 'at_1'
    await send('2')
    const second = unauthorized()
    expect(await answer('2', second)).toBe(second)
    expect(network).not.toHaveBeenCalled()
  })

  it('gives a 401 back for a request it did not send, or one that failed', async () => {
    const { send, answer, fail, source, network } = setUp({ current: 'at_1', afterUnauthorized: 'at_2' })
    const stranger = unauthorized()
    expect(await answer('unknown', stranger)).toBe(stranger)
    await send('1')
    await fail('1')
    const late = unauthorized()
    expect(await answer('1', late)).toBe(late)
    expect(source.tokenAfterUnauthorized).not.toHaveBeenCalled()
    expect(network).not.toHaveBeenCalled()
  })
})
