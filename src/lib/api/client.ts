import createClient from 'openapi-fetch'
import { apiBaseUrl } from '../config'
import { accessToken } from './access-token'
import { createAuthMiddleware } from './auth-middleware'
import type { paths } from './schema'

/**
 * The one HTTP client of the app. `fetch` is looked up at call time, not captured here, so that msw
 * (and anything else that patches globalThis.fetch after this module loads) sees every request.
 */
export const apiClient = createClient<paths>({
  baseUrl: apiBaseUrl,
  fetch: (request) => globalThis.fetch(request),
})

apiClient.use(createAuthMiddleware(accessToken.get))
