import createClient from 'openapi-fetch'
import { session } from '../auth/session'
import { apiBaseUrl } from '../config'
import { createAuthMiddleware } from './auth-middleware'
import { lateBoundFetch } from './late-bound-fetch'
import type { paths } from './schema'

/** The one HTTP client of the app, typed by openapi.yaml, authenticated by the session. */
export const apiClient = createClient<paths>({ baseUrl: apiBaseUrl, fetch: (request) => lateBoundFetch(request) })

apiClient.use(createAuthMiddleware(session))
