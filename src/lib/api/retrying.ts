import { retryDelay, shouldRetry } from './query-client'

/** Resolves after `ms`, or rejects with the abort reason as soon as `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    signal.throwIfAborted()
    const timer = setTimeout(resolve, ms)
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(signal.reason as Error)
      },
      { once: true },
    )
  })
}

/**
 * `attempt` tried again as a query would be (query-client.ts: a network failure, a 5xx, a 429 once its
 * `Retry-After` is over; three tries in all), for requests made inside one query's function: a query
 * that makes thousands of them should not start again from the first because one was turned away.
 */
export async function retrying<T>(attempt: () => Promise<T>, signal: AbortSignal): Promise<T> {
  for (let failureCount = 0; ; failureCount += 1) {
    try {
      return await attempt()
    } catch (error) {
      if (signal.aborted || !shouldRetry(failureCount, error)) throw error
      await pause(retryDelay(failureCount, error), signal)
    }
  }
}
