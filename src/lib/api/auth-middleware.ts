import type { Middleware } from 'openapi-fetch'
import { lateBoundFetch } from './late-bound-fetch'

export type TokenSource = {
  getAccessToken(): Promise<string | null>
  tokenAfterUnauthorized(usedToken: string | null): Promise<string | null>
}

/**
 * Adds the bearer token, asked for afresh on every request. A 401 gets one refresh and one retry of
 * the same request; a second 401, or a refresh the server refuses, is the caller's answer.
 */
export function createAuthMiddleware(tokens: TokenSource): Middleware {
  const sent = new Map<string, { token: string | null; retry: Request }>()
  return {
    async onRequest({ request, id }) {
      const token = await tokens.getAccessToken()
      if (token) request.headers.set('Authorization', `Bearer ${token}`)
      sent.set(id, { token, retry: request.clone() })
      return request
    },
    async onResponse({ response, id }) {
      const original = sent.get(id)
      sent.delete(id)
      if (response.status !== 401 || !original) return response
      const token = await tokens.tokenAfterUnauthorized(original.token)
      if (!token || token === original.token) return response
      original.retry.headers.set('Authorization', `Bearer ${token}`)
      return lateBoundFetch(original.retry)
    },
    onError({ id }) {
      sent.delete(id)
    },
  }
}
