import { ApiError, InvalidResponseError } from './api-error'
import { createQueryClient, retryDelay, shouldRetry } from './query-client'

const api = (status: number, retryAfterSeconds: number | null = null) =>
  new ApiError({ status, code: 'x', message: 'x', retryAfterSeconds })
const networkFailure = new TypeError('Failed to fetch')

describe('which failures are retried', () => {
  it('never a 4xx: it would answer the same again', () => {
    for (const status of [400, 401, 403, 404, 422, 499]) expect(shouldRetry(0, api(status))).toBe(false)
  })

  it('a 5xx and a network failure, twice: three tries in all', () => {
    for (const error of [api(500), api(502), api(503), networkFailure, new Error('anything else')]) {
      expect(shouldRetry(0, error)).toBe(true)
      expect(shouldRetry(1, error)).toBe(true)
      expect(shouldRetry(2, error)).toBe(false)
      expect(shouldRetry(3, error)).toBe(false)
    }
  })

  it('a 429 once its wait is over, unless the wait is longer than a minute', () => {
    expect(shouldRetry(0, api(429, 2))).toBe(true)
    expect(shouldRetry(0, api(429))).toBe(true)
    expect(shouldRetry(0, api(429, 60))).toBe(true)
    expect(shouldRetry(0, api(429, 61))).toBe(false)
    expect(shouldRetry(0, api(429, 3_600))).toBe(false)
    expect(shouldRetry(2, api(429, 2))).toBe(false)
  })

  it('a 503 that asks for a long wait is not retried; a Retry-After on a 500 means nothing', () => {
    expect(shouldRetry(0, api(503, 61))).toBe(false)
    expect(shouldRetry(0, api(503, 60))).toBe(true)
    expect(shouldRetry(0, api(500, 3_600))).toBe(true)
  })

  it('never a response that was unreadable or failed its safety check', () => {
    expect(shouldRetry(0, new InvalidResponseError({ reason: 'unreadable', problems: ['x'] }))).toBe(false)
    expect(shouldRetry(0, new InvalidResponseError({ reason: 'failed_check', problems: ['x'] }))).toBe(false)
  })
})

describe('how long to wait before a retry', () => {
  it('is what Retry-After says, for a 429 and a 503', () => {
    expect(retryDelay(0, api(429, 2))).toBe(2_000)
    expect(retryDelay(1, api(503, 5))).toBe(5_000)
    expect(retryDelay(0, api(503, 0), () => 0.5)).toBe(0)
  })

  it('otherwise doubles each time, from 1 s, capped at 10 s', () => {
    const most = () => 0.999_999
    expect([0, 1, 2, 3, 4, 8].map((n) => retryDelay(n, api(500), most))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000])
  })

  it('with jitter: anywhere from half to all of the step, so failed clients do not return in step', () => {
    expect(retryDelay(1, networkFailure, () => 0)).toBe(1_000)
    expect(retryDelay(1, networkFailure, () => 0.5)).toBe(1_500)
    expect(retryDelay(4, networkFailure, () => 0)).toBe(5_000)
    const delays = new Set(Array.from({ length: 20 }, () => retryDelay(2, networkFailure)))
    expect(delays.size).toBeGreaterThan(1)
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(2_000)
    for (const delay of delays) expect(delay).toBeLessThanOrEqual(4_000)
  })

  it('ignores Retry-After on statuses where it means nothing', () => {
    expect(retryDelay(0, api(500, 30), () => 0)).toBe(500)
    expect(retryDelay(0, api(404, 30), () => 0)).toBe(500)
  })
})

describe('the app’s query client', () => {
  it('keeps data fresh for 30 s, retries by the policy above, and refetches after being offline', () => {
    const queries = createQueryClient().getDefaultOptions().queries!
    expect(queries.staleTime).toBe(30_000)
    expect(queries.refetchOnReconnect).toBe('always')
    expect(queries.retry).toBe(shouldRetry)
    const delay = queries.retryDelay as (failureCount: number, error: unknown) => number
    expect(delay(0, api(429, 3))).toBe(3_000)
    expect(delay(3, api(500))).toBeGreaterThanOrEqual(4_000)
    expect(delay(3, api(500))).toBeLessThanOrEqual(8_000)
  })
})
