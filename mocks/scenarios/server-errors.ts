import { http as untypedHttp } from 'msw'
import { apiError } from '../api-error'
import { authenticate } from '../auth'
import { API_PREFIX } from '../http'
import type { Scenario } from './types'

/**
 * The first `limitedRequests` of each distinct request (path and query) answer 429 with
 * `Retry-After`; later ones pass. Every panel so meets the limit once and must wait it out.
 */
export const rateLimited: Scenario<{ retryAfterSeconds: number; limitedRequests: number }> = {
  summary: 'The first call to each address answers 429 with Retry-After: 2, later ones succeed.',
  handlers: ({ retryAfterSeconds = 2, limitedRequests = 1 }) => {
    const seen = new Map<string, number>()
    return [
      untypedHttp.get(`${API_PREFIX}/*`, ({ request }) => {
        const url = new URL(request.url)
        const key = url.pathname + url.search
        const count = (seen.get(key) ?? 0) + 1
        seen.set(key, count)
        if (count > limitedRequests) return undefined
        return apiError(429, 'rate_limited', `Too many requests. Try again in ${retryAfterSeconds} seconds.`, {
          headers: { 'Retry-After': String(retryAfterSeconds) },
        })
      }),
    ]
  },
}

/** One endpoint down for good: the project list. A token is still checked first, as a real API would. */
export const failingEndpoint: Scenario = {
  summary: 'GET /projects always answers 503; everything else works.',
  handlers: () => [
    untypedHttp.get(`${API_PREFIX}/projects`, ({ request }) => {
      authenticate(request)
      return apiError(503, 'unavailable', 'Projects are unavailable right now.')
    }),
  ],
}
