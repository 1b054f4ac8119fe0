import { QueryClient } from '@tanstack/react-query'
import { isApiError } from './api-error'

const MAX_RETRIES = 2

/** A 4xx will answer the same again; only network failures and 5xx are worth another try. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status < 500) return false
  return failureCount < MAX_RETRIES
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
    },
  })
}
