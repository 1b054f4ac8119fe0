import { ApiError, InvalidResponseError } from './api-error'
import { unwrap } from './unwrap'

const ok = (data: unknown, headers: Record<string, string> = {}) =>
  Promise.resolve({ data, response: new Response(null, { status: 200, headers }) })

describe('unwrap', () => {
  it('answers the data of a 2xx that passes its check', async () => {
    await expect(unwrap(ok({ a: 1 }), () => [])).resolves.toEqual({ a: 1 })
  })

  it('answers the data of a 2xx as it is when there is nothing to check', async () => {
    await expect(unwrap(ok({ a: 1 }))).resolves.toEqual({ a: 1 })
  })

  it('turns a body that is not JSON (openapi-fetch throws SyntaxError) into an unreadable response', async () => {
    const failure = await unwrap(Promise.reject(new SyntaxError('Unexpected end of JSON input'))).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(InvalidResponseError)
    expect(failure).toMatchObject({ reason: 'unreadable', problems: ['Unexpected end of JSON input'] })
  })

  it('throws what the check found, with the request id for support', async () => {
    const failure = await unwrap(ok({ total: '12.00' }, { 'X-Request-Id': 'req_7' }), () => ['total is a string']).catch(
      (e: unknown) => e,
    )
    expect(failure).toBeInstanceOf(InvalidResponseError)
    expect(failure).toMatchObject({ reason: 'failed_check', problems: ['total is a string'], requestId: 'req_7' })
  })

  it('passes a network failure through as it is', async () => {
    const dropped = new TypeError('Failed to fetch')
    await expect(unwrap(Promise.reject(dropped))).rejects.toBe(dropped)
  })

  it('throws an ApiError for a non-2xx, before any check', async () => {
    const check = vi.fn(() => ['never'])
    const response = new Response(null, { status: 503 })
    const failure = await unwrap(Promise.resolve({ error: undefined, response }), check).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ApiError)
    expect(check).not.toHaveBeenCalled()
  })
})
