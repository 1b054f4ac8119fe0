import { QueryClient } from '@tanstack/react-query'
import { isApiError, isInvalidResponse } from './api-error'

/** Attempts after the first: three tries in all, then the panel's error (or the refresh banner). */
export const MAX_RETRIES = 2
const BASE_DELAY_MS = 1_000
const MAX_DELAY_MS = 10_000
/** A server asking for a longer pause than this is better answered with "try again later" than a spinner. */
const MAX_RETRY_AFTER_SECONDS = 60

/** The server's own word on when to come back, for the statuses where it means it. */
function retryAfterOf(error: unknown): number | null {
  if (!isApiError(error) || (error.status !== 429 && error.status !== 503)) return null
  return error.retryAfterSeconds
}

/**
 * Network failures and 5xx are worth another try; so is a 429, once its wait is over. Any other 4xx
 * would answer the same again, and a response that failed its safety check would most likely too.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || isInvalidResponse(error)) return false
  const retryAfter = retryAfterOf(error)
  if (retryAfter !== null && retryAfter > MAX_RETRY_AFTER_SECONDS) return false
  if (isApiError(error)) return error.status >= 500 || error.status === 429
  return true
}

/**
 * `Retry-After` when the server gave one; otherwise exponential backoff (1 s, 2 s, 4 s… capped at
 * 10 s) with "equal jitter": between half and all of the step, so clients that failed together do not
 * all come back at the same instant. `failureCount` is 0 before the first retry.
 */
export function retryDelay(failureCount: number, error: unknown, random: () => number = Math.random): number {
  const retryAfter = retryAfterOf(error)
  if (retryAfter !== null) return retryAfter * 1000
  const step = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** failureCount)
  return Math.round(step / 2 + random() * (step / 2))
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        retryDelay: (failureCount, error) => retryDelay(failureCount, error),
        // After being offline, what is on screen may be out of date however fresh it was when it came.
        refetchOnReconnect: 'always',
      },
    },
  })
}
