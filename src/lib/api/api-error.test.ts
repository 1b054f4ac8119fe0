import { ApiError, readRetryAfter } from './api-error'

describe('ApiError.fromResponse', () => {
  it('reads the error envelope', () => {
    const response = new Response(null, { status: 404 })
    const error = ApiError.fromResponse(response, {
      error: { code: 'not_found', message: 'No such invoice.', request_id: 'req_1', details: { id: 'unknown' } },
    })
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({
      status: 404,
      code: 'not_found',
      message: 'No such invoice.',
      requestId: 'req_1',
      details: { id: 'unknown' },
    })
  })

  it('still gives a usable error for a body that is not the envelope', () => {
    const response = new Response(null, { status: 502, statusText: 'Bad Gateway', headers: { 'X-Request-Id': 'req_9' } })
    const error = ApiError.fromResponse(response, '<html>proxy error</html>')
    expect(error).toMatchObject({ status: 502, code: 'unexpected_response', requestId: 'req_9' })
    expect(error.message).toBe('The server answered 502 Bad Gateway')
  })
})

describe('Retry-After', () => {
  it('is read from the response as seconds, for the retry policy', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '2' } })
    const error = ApiError.fromResponse(response, { error: { code: 'rate_limited', message: 'Slow down.' } })
    expect(error.retryAfterSeconds).toBe(2)
  })

  it('is null when the server did not say, and on a proxy page too', () => {
    expect(ApiError.fromResponse(new Response(null, { status: 503 }), null).retryAfterSeconds).toBeNull()
    const proxied = ApiError.fromResponse(new Response(null, { status: 503, headers: { 'Retry-After': '7' } }), '<html>')
    expect(proxied.retryAfterSeconds).toBe(7)
  })

  it('may be an HTTP date, or garbled (then ignored)', () => {
    const now = Date.parse('2026-03-01T12:00:00Z')
    expect(readRetryAfter('Sun, 01 Mar 2026 12:00:30 GMT', now)).toBe(30)
    expect(readRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0)
    expect(readRetryAfter('soon', now)).toBeNull()
    expect(readRetryAfter('-3', now)).toBeNull()
    expect(readRetryAfter(null, now)).toBeNull()
  })
})
