import type { components } from './schema'

type ErrorEnvelope = components['schemas']['Error']

function isErrorEnvelope(body: unknown): body is ErrorEnvelope {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false
  const { error } = body
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  )
}

/**
 * `Retry-After` as seconds to wait: RFC 9110 allows whole seconds or an HTTP date. Null when absent or
 * unreadable, so a garbled header falls back to ordinary backoff rather than to no wait at all.
 */
export function readRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  // An HTTP date names a weekday and a month; anything else (a negative or fractional number) is garbled.
  if (!/^[A-Za-z]{3}, /.test(trimmed)) return null
  const at = Date.parse(trimmed)
  if (Number.isNaN(at)) return null
  return Math.max(0, Math.ceil((at - now) / 1000))
}

/**
 * An HTTP answer outside 2xx, as one typed value: callers branch on `status` (a 401 is a session
 * matter, a 404 a not-found page, a 503 worth retrying) and show `requestId` to support.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly status: number
  readonly code: string
  readonly requestId: string | null
  readonly details: Record<string, unknown> | null
  /** How long the server asked us to wait (429, 503), in seconds; null when it did not say. */
  readonly retryAfterSeconds: number | null

  constructor(init: {
    status: number
    code: string
    message: string
    requestId?: string | null
    details?: Record<string, unknown> | null
    retryAfterSeconds?: number | null
  }) {
    super(init.message)
    this.status = init.status
    this.code = init.code
    this.requestId = init.requestId ?? null
    this.details = init.details ?? null
    this.retryAfterSeconds = init.retryAfterSeconds ?? null
  }

  /** Reads the error envelope when there is one; a proxy's HTML page or an empty body still gives a usable error. */
  static fromResponse(response: Response, body: unknown): ApiError {
    const headerRequestId = response.headers.get('X-Request-Id')
    const retryAfterSeconds = readRetryAfter(response.headers.get('Retry-After'))
    if (isErrorEnvelope(body)) {
      return new ApiError({
        status: response.status,
        code: body.error.code,
        message: body.error.message,
        requestId: body.error.request_id ?? headerRequestId,
        details: body.error.details ?? null,
        retryAfterSeconds,
      })
    }
    return new ApiError({
      status: response.status,
      code: 'unexpected_response',
      message: `The server answered ${response.status} ${response.statusText}`.trim(),
      requestId: headerRequestId,
      retryAfterSeconds,
    })
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/**
 * A 2xx answer the app will not use: `unreadable` when the body is not the JSON it claims to be
 * (truncated, or a proxy's HTML page), `failed_check` when it parsed but a figure in it is not what
 * the contract promises. Both mean "show nothing rather than something wrong", and neither is retried:
 * the same server would most likely send the same again.
 */
export class InvalidResponseError extends Error {
  override readonly name = 'InvalidResponseError'
  readonly reason: 'unreadable' | 'failed_check'
  /** What was wrong, for developers and logs; never shown to the client. */
  readonly problems: string[]
  readonly requestId: string | null

  constructor(init: { reason: 'unreadable' | 'failed_check'; problems: string[]; requestId?: string | null; cause?: unknown }) {
    super(
      `${init.reason === 'unreadable' ? 'Unreadable response' : 'Response failed its safety check'}: ${init.problems.join('; ')}`,
      { cause: init.cause },
    )
    this.reason = init.reason
    this.problems = init.problems
    this.requestId = init.requestId ?? null
  }
}

export function isInvalidResponse(error: unknown): error is InvalidResponseError {
  return error instanceof InvalidResponseError
}
