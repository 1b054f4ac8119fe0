import { ApiError, InvalidResponseError, isApiError, isInvalidResponse, readRetryAfter } from './api-error'

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

  it('is whole seconds, surrounding spaces allowed, and nothing else that starts with a digit', () => {
    expect(readRetryAfter('120')).toBe(120)
    expect(readRetryAfter(' 30 ')).toBe(30)
    expect(readRetryAfter('0')).toBe(0)
    expect(readRetryAfter('5s')).toBeNull()
    expect(readRetryAfter('1.5')).toBeNull()
    expect(readRetryAfter('   ')).toBeNull()
    expect(readRetryAfter('')).toBeNull()
  })

  it('is an HTTP date only when it starts like one, and parses as one', () => {
    const now = Date.parse('2026-03-01T12:00:00Z')
    expect(readRetryAfter(' Sun, 01 Mar 2026 12:00:30 GMT ', now)).toBe(30)
    expect(readRetryAfter('Sun, 01 Mar 2026 12:00:00 GMT', now + 1)).toBe(0)
    // Date.parse would read these; they are not what RFC 9110 sends.
    expect(readRetryAfter('x Sun, 01 Mar 2026 12:00:30 GMT', now)).toBeNull()
    expect(readRetryAfter('2026-03-01T12:00:30Z', now)).toBeNull()
    expect(readRetryAfter('Abc, not a date', now)).toBeNull()
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

describe('what counts as the error envelope', () => {
  it.each([
    ['no error member', { message: 'x' }],
    ['an error that is null', { error: null }],
    ['an error that is text', { error: 'not_found' }],
    ['no code', { error: { message: 'No such invoice.' } }],
    ['a code that is not text', { error: { code: 404, message: 'No such invoice.' } }],
    ['no message', { error: { code: 'not_found' } }],
    ['a message that is not text', { error: { code: 'not_found', message: { text: 'x' } } }],
    ['a list', [{ error: { code: 'not_found', message: 'x' } }]],
    ['text', 'not_found'],
  ])('not a body with %s: a usable error still, from the status', (_what, body) => {
    const error = ApiError.fromResponse(new Response(null, { status: 404, statusText: 'Not Found' }), body)
    expect(error).toMatchObject({ status: 404, code: 'unexpected_response', message: 'The server answered 404 Not Found', details: null })
  })

  it('takes the request id from the body first, then the header', () => {
    const response = new Response(null, { status: 409, headers: { 'X-Request-Id': 'req_header' } })
    expect(ApiError.fromResponse(response, { error: { code: 'conflict', message: 'x', request_id: 'req_body' } }).requestId).toBe('req_body')
    expect(ApiError.fromResponse(response, { error: { code: 'conflict', message: 'x' } })).toMatchObject({
      requestId: 'req_header',
      details: null,
    })
    expect(ApiError.fromResponse(new Response(null, { status: 409 }), null).requestId).toBeNull()
  })

  it('says only the status when the server gave no status text', () => {
    expect(ApiError.fromResponse(new Response(null, { status: 503 }), null).message).toBe('The server answered 503')
  })
})

describe('the errors the API layer throws', () => {
  it('name themselves, so logs and error boundaries can tell them apart', () => {
    const api = new ApiError({ status: 500, code: 'x', message: 'Broken.' })
    expect(api.name).toBe('ApiError')
    expect(api).toMatchObject({ requestId: null, details: null, retryAfterSeconds: null })
    expect(isApiError(api)).toBe(true)
    expect(isApiError(new Error('Broken.'))).toBe(false)
    const invalid = new InvalidResponseError({ reason: 'failed_check', problems: ['a', 'b'] })
    expect(invalid.name).toBe('InvalidResponseError')
    expect(isInvalidResponse(invalid)).toBe(true)
    expect(isInvalidResponse(api)).toBe(false)
  })

  it('say what was wrong with a response, and keep its cause', () => {
    const cause = new SyntaxError('Unexpected end of JSON input')
    const unreadable = new InvalidResponseError({ reason: 'unreadable', problems: ['Unexpected end of JSON input'], cause, requestId: 'req_1' })
    expect(unreadable.message).toBe('Unreadable response: Unexpected end of JSON input')
    expect(unreadable.cause).toBe(cause)
    expect(unreadable.requestId).toBe('req_1')
    const failed = new InvalidResponseError({ reason: 'failed_check', problems: ['total is a string', 'tax is missing'] })
    expect(failed.message).toBe('Response failed its safety check: total is a string; tax is missing')
    expect(failed).toMatchObject({ reason: 'failed_check', problems: ['total is a string', 'tax is missing'], requestId: null })
  })
})
