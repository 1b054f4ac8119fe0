import { ApiError, InvalidResponseError } from './api-error'

type ClientResult<T> = Promise<{ data?: T; error?: unknown; response: Response }>

/** Answers what is wrong with a response body, as readable lines; none when it may be shown. */
export type ResponseCheck = (body: unknown) => string[]

/**
 * Turns an openapi-fetch result into its data, or throws an `ApiError`. Query functions need a
 * rejection to mark a query failed, and a real Error (with status) to decide on retries and screens.
 *
 * A 2xx body that is not JSON makes openapi-fetch throw a bare SyntaxError; it becomes an
 * `InvalidResponseError` here, as does a body that fails `check` (the money guards), so screens
 * can say plainly what happened instead of crashing or showing a wrong figure.
 */
export async function unwrap<T>(pending: ClientResult<T>, check?: ResponseCheck): Promise<T> {
  let result: Awaited<ClientResult<T>>
  try {
    result = await pending
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw new InvalidResponseError({ reason: 'unreadable', problems: [error.message], cause: error })
    }
    throw error
  }
  const { data, error, response } = result
  if (!response.ok) throw ApiError.fromResponse(response, error)
  const problems = check?.(data) ?? []
  if (problems.length > 0) {
    throw new InvalidResponseError({ reason: 'failed_check', problems, requestId: response.headers.get('X-Request-Id') })
  }
  return data as T
}
