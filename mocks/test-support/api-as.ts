import createClient from 'openapi-fetch'
import type { paths } from '../../src/lib/api/schema'
import { issueTokens } from '../auth'

/**
 * A typed client that talks to the fake API as one seeded user (or with no token at all), with none
 * of the app's session logic in between: what a test sees is exactly what the fake API answered.
 */
export function apiAs(userId: string | null, { ttlSeconds, token }: { ttlSeconds?: number; token?: string } = {}) {
  const bearer = token ?? (userId ? issueTokens(userId, ttlSeconds === undefined ? {} : { ttlSeconds }).access_token : null)
  return createClient<paths>({
    baseUrl: 'https://api.nextoriahub.com/v1',
    fetch: (request) => globalThis.fetch(request),
    headers: bearer ? { Authorization: `Bearer ${bearer}` } : {},
  })
}
