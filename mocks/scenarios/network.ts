import { delay, http as untypedHttp, HttpResponse } from 'msw'
import { apiError } from '../api-error'
import { API_PREFIX } from '../http'
import { createRng } from '../seed/random'
import type { Scenario } from './types'

const isOAuth = (request: Request) => new URL(request.url).pathname.includes('/v1/oauth/')

/** Every API call (the token endpoint too) answers after a pause, the same pauses on every run. */
export const slow: Scenario<{ minMs: number; maxMs: number }> = {
  summary: 'Every API call takes 2–3 s.',
  handlers: ({ minMs = 2_000, maxMs = 3_000 }) => {
    const rng = createRng(2)
    return [
      untypedHttp.all(`${API_PREFIX}/*`, async () => {
        await delay(Math.round(rng.float(minMs, maxMs)))
      }),
    ]
  },
}

export type FlakyOutcome = 'ok' | 'unavailable' | 'dropped'

/**
 * Requests take turns through `pattern`: by default every other one fails, alternately a 503 and a
 * dropped connection. Sign-in and token refresh are spared: an authorization code works once, so a
 * dropped code exchange would only show the fake sign-in page failing, not the portal.
 */
export const flaky: Scenario<{ pattern: FlakyOutcome[] }> = {
  summary: 'Every other API call fails: a 503, then a dropped connection, in turn.',
  handlers: ({ pattern = ['unavailable', 'ok', 'dropped', 'ok'] }) => {
    let served = 0
    return [
      untypedHttp.all(`${API_PREFIX}/*`, ({ request }) => {
        if (isOAuth(request)) return undefined
        const outcome = pattern[served++ % pattern.length]
        if (outcome === 'unavailable') return apiError(503, 'unavailable', 'The service is briefly unavailable.')
        if (outcome === 'dropped') return HttpResponse.error()
        return undefined
      }),
    ]
  },
}

/** Says the browser has no network, as `navigator.onLine` and the `offline` event do for real. */
function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
  window.dispatchEvent(new Event('offline'))
  return () => {
    // The own property shadowed the prototype's getter; removing it gives the real value back.
    Reflect.deleteProperty(navigator, 'onLine')
    window.dispatchEvent(new Event('online'))
  }
}

export const offline: Scenario = {
  summary: 'No network: every API call fails to connect, and the page is told it is offline.',
  handlers: () => [untypedHttp.all(`${API_PREFIX}/*`, () => HttpResponse.error())],
  enter: goOffline,
}
