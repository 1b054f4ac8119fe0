import { HttpResponse } from 'msw'
import type { components } from '../src/lib/api/schema'
import { NO_STORE } from './no-store'

type ErrorBody = components['schemas']['Error']

let requestCounter = 0

function nextRequestId(): string {
  requestCounter += 1
  return `req_mock_${requestCounter.toString().padStart(6, '0')}`
}

/**
 * An error answer in the API's envelope. Handlers `throw` it (msw sends a thrown Response as is), so
 * an access check deep in a helper ends the request without every caller checking a return value.
 */
export function apiError(
  status: number,
  code: string,
  message: string,
  options: { details?: Record<string, unknown>; headers?: Record<string, string> } = {},
): HttpResponse<ErrorBody> {
  const requestId = nextRequestId()
  const error: ErrorBody['error'] = { code, message, request_id: requestId }
  if (options.details) error.details = options.details
  return HttpResponse.json({ error }, { status, headers: { ...NO_STORE, 'X-Request-Id': requestId, ...options.headers } })
}

export const notFound = (what: string) => apiError(404, 'not_found', `No such ${what}.`)

export const forbidden = (message = 'A portal client may not do this.') => apiError(403, 'forbidden', message)
