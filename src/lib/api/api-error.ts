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
 * An HTTP answer outside 2xx, as one typed value: callers branch on `status` (a 401 is a session
 * matter, a 404 a not-found page, a 503 worth retrying) and show `requestId` to support.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly status: number
  readonly code: string
  readonly requestId: string | null
  readonly details: Record<string, unknown> | null

  constructor(init: {
    status: number
    code: string
    message: string
    requestId?: string | null
    details?: Record<string, unknown> | null
  }) {
    super(init.message)
    this.status = init.status
    this.code = init.code
    this.requestId = init.requestId ?? null
    this.details = init.details ?? null
  }

  /** Reads the error envelope when there is one; a proxy's HTML page or an empty body still gives a usable error. */
  static fromResponse(response: Response, body: unknown): ApiError {
    const headerRequestId = response.headers.get('X-Request-Id')
    if (isErrorEnvelope(body)) {
      return new ApiError({
        status: response.status,
        code: body.error.code,
        message: body.error.message,
        requestId: body.error.request_id ?? headerRequestId,
        details: body.error.details ?? null,
      })
    }
    return new ApiError({
      status: response.status,
      code: 'unexpected_response',
      message: `The server answered ${response.status} ${response.statusText}`.trim(),
      requestId: headerRequestId,
    })
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
