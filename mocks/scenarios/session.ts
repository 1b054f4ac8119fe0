import { http as untypedHttp } from 'msw'
import { db } from '../db'
import { API_PREFIX } from '../http'
import type { Scenario } from './types'

/**
 * Access tokens die `ttlSeconds` after the fake server first sees them, whatever lifetime they were
 * issued with, and refreshed ones are issued with that lifetime. A session that began with a long
 * token so meets a 401 mid-session (refresh after the fact); later ones refresh ahead of expiry.
 */
export const tokenExpires: Scenario<{ ttlSeconds: number }> = {
  summary: 'Access tokens expire after 5 s, so the portal refreshes them mid-session.',
  handlers: ({ ttlSeconds = 5 }) => {
    const capped = new Set<string>()
    return [
      untypedHttp.all(`${API_PREFIX}/*`, () => {
        const deadline = Date.now() + ttlSeconds * 1000
        for (const token of db.accessTokens) {
          if (capped.has(token.token_hash)) continue
          capped.add(token.token_hash)
          token.expires_at = Math.min(token.expires_at, deadline)
        }
        for (const grant of db.refreshTokens) grant.access_ttl_seconds = Math.min(grant.access_ttl_seconds, ttlSeconds)
      }),
    ]
  },
}
