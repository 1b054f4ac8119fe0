import { lateBoundFetch } from './late-bound-fetch'
import { isNetworkError, NetworkError } from './network-error'

function stubFetch(answer: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  const fetch = vi.fn(answer)
  vi.stubGlobal('fetch', fetch)
  onTestFinished(() => {
    vi.unstubAllGlobals()
  })
  return fetch
}

describe('the app’s one fetch', () => {
  it('uses whatever fetch is there when called, not when imported, and never the HTTP cache', async () => {
    const fetch = stubFetch(() => Promise.resolve(new Response('ok')))
    const response = await lateBoundFetch('https://api.example.test/v1/me', { cache: 'force-cache', headers: { Accept: 'application/json' } })
    expect(await response.text()).toBe('ok')
    expect(fetch).toHaveBeenCalledWith('https://api.example.test/v1/me', { cache: 'no-store', headers: { Accept: 'application/json' } })
    await lateBoundFetch('https://api.example.test/v1/projects')
    expect(fetch).toHaveBeenLastCalledWith('https://api.example.test/v1/projects', { cache: 'no-store' })
  })

  it('rejects with a NetworkError, still a TypeError, when no answer came', async () => {
    const dropped = new TypeError('Failed to fetch')
    stubFetch(() => Promise.reject(dropped))
    const failure = await lateBoundFetch('https://api.example.test/v1/me').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(NetworkError)
    expect(failure).toBeInstanceOf(TypeError)
    expect(failure).toMatchObject({ name: 'NetworkError', message: 'Failed to fetch', cause: dropped })
    expect(isNetworkError(failure)).toBe(true)
  })

  it('leaves a cancelled request’s AbortError, and anything else, as it is', async () => {
    const aborted = new DOMException('The operation was aborted.', 'AbortError')
    stubFetch(() => Promise.reject(aborted))
    await expect(lateBoundFetch('https://api.example.test/v1/me')).rejects.toBe(aborted)
    const odd = new Error('odd')
    stubFetch(() => Promise.reject(odd))
    await expect(lateBoundFetch('https://api.example.test/v1/me')).rejects.toBe(odd)
    expect(isNetworkError(odd)).toBe(false)
    expect(isNetworkError(new TypeError('Failed to fetch'))).toBe(false)
  })
})
