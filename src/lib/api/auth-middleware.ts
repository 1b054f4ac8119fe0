import type { Middleware } from 'openapi-fetch'

/** Adds the bearer token, asked for afresh on every request so a refreshed token is used at once. */
export function createAuthMiddleware(getToken: () => string | null | Promise<string | null>): Middleware {
  return {
    async onRequest({ request }) {
      const token = await getToken()
      if (token) request.headers.set('Authorization', `Bearer ${token}`)
      return request
    },
  }
}
