import { ApiError } from './api-error'

type ClientResult<T> = Promise<{ data?: T; error?: unknown; response: Response }>

/**
 * Turns an openapi-fetch result into its data, or throws an `ApiError`. Query functions need a
 * rejection to mark a query failed, and a real Error (with status) to decide on retries and screens.
 */
export async function unwrap<T>(pending: ClientResult<T>): Promise<T> {
  const { data, error, response } = await pending
  if (!response.ok) throw ApiError.fromResponse(response, error)
  return data as T
}
