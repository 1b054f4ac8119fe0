import { ApiError } from './api-error'

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
