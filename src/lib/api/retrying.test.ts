import { ApiError } from './api-error'
import { MAX_RETRIES } from './query-client'
import { pause, retrying } from './retrying'

const apiError = (status: number, retryAfter?: string) =>
  ApiError.fromResponse(new Response(null, { status, headers: retryAfter ? { 'Retry-After': retryAfter } : {} }), {
    error: { code: 'x', message: 'x' },
  })

/** Work that fails with each of `errors` in turn, then answers "done"; counts its tries. */
function failingWith(...errors: Error[]) {
  const work = { tries: 0, attempt: () => Promise.resolve('done') }
  work.attempt = () => {
    const error = errors[work.tries]
    work.tries += 1
    return error === undefined ? Promise.resolve('done') : Promise.reject(error)
  }
  return work
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('retrying', () => {
  it('waits as long as a 429 says, then tries again', async () => {
    const work = failingWith(apiError(429, '3'))
    const result = retrying(work.attempt, new AbortController().signal)
    await vi.advanceTimersByTimeAsync(2_999)
    expect(work.tries).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    await expect(result).resolves.toBe('done')
    expect(work.tries).toBe(2)
  })

  it('gives up after as many tries as a query would make, with the last error', async () => {
    const last = new TypeError('Failed to fetch')
    const work = failingWith(apiError(503), apiError(503), last, apiError(503))
    const result = retrying(work.attempt, new AbortController().signal)
    const settled = expect(result).rejects.toBe(last)
    await vi.advanceTimersByTimeAsync(60_000)
    await settled
    expect(work.tries).toBe(MAX_RETRIES + 1)
  })

  it('does not try again what would answer the same (a 404)', async () => {
    const notFound = apiError(404)
    const work = failingWith(notFound)
    await expect(retrying(work.attempt, new AbortController().signal)).rejects.toBe(notFound)
    expect(work.tries).toBe(1)
  })

  it('stops waiting the moment it is aborted', async () => {
    const controller = new AbortController()
    const work = failingWith(apiError(429, '30'))
    const result = retrying(work.attempt, controller.signal)
    const settled = expect(result).rejects.toThrow('left the page')
    await vi.advanceTimersByTimeAsync(10)
    controller.abort(new Error('left the page'))
    await settled
    expect(work.tries).toBe(1)
  })
})

describe('pause', () => {
  it('rejects at once when already aborted', async () => {
    const controller = new AbortController()
    controller.abort(new Error('gone'))
    await expect(pause(1_000, controller.signal)).rejects.toThrow('gone')
  })
})
