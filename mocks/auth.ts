import { apiError } from './api-error'
import { db } from './db'
import type { DbClient, DbUser } from './db-types'
import { hashToken } from './token-hash'

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 15 * 60
export const PORTAL_SCOPE = 'clients:read projects:read invoices:read files:read'

/** Who a request acts for: a portal user and the client it belongs to. */
export type Principal = { user: DbUser; client: DbClient }

export type IssuedTokens = {
  access_token: string
  token_type: 'Bearer'
  expires_in: number
  refresh_token: string
  scope: string
}

function randomToken(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24))
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function issueAccessToken(userId: string, grantId: string, ttlSeconds: number): string {
  const token = randomToken('at_')
  db.accessTokens.push({ token_hash: hashToken(token), user_id: userId, grant_id: grantId, expires_at: Date.now() + ttlSeconds * 1000 })
  return token
}

/**
 * A new sign-in (grant): an access token and a refresh token. A zero or negative ttl gives an access
 * token that is already expired, so tests can reach the refresh path at once.
 */
export function issueTokens(
  userId: string,
  { ttlSeconds = DEFAULT_ACCESS_TOKEN_TTL_SECONDS, scope = PORTAL_SCOPE, grantId = randomToken('grant_') } = {},
): IssuedTokens {
  const refreshToken = randomToken('rt_')
  db.refreshTokens.push({
    token_hash: hashToken(refreshToken),
    user_id: userId,
    grant_id: grantId,
    scope,
    access_ttl_seconds: ttlSeconds,
    rotated: false,
  })
  return {
    access_token: issueAccessToken(userId, grantId, ttlSeconds),
    token_type: 'Bearer',
    expires_in: Math.max(ttlSeconds, 1),
    refresh_token: refreshToken,
    scope,
  }
}

/** Ends a grant: every refresh and access token issued for that one sign-in. */
function endGrant(grantId: string): void {
  db.refreshTokens = db.refreshTokens.filter((t) => t.grant_id !== grantId)
  db.accessTokens = db.accessTokens.filter((t) => t.grant_id !== grantId)
}

/**
 * Exchanges a refresh token for a new pair; the old one stops working (rotation). Null when refused.
 * A token that was already rotated is being used a second time, so two parties hold the chain: the
 * server cannot tell the thief from the client, so it ends the whole grant (RFC 9700 §4.14.2), and the
 * attacker's newer tokens die with the victim's. The portal must never send a token twice: tabs of one
 * sign-in take turns under a Web Lock and pass the new token on (src/lib/auth/session.ts).
 */
export function rotateRefreshToken(refreshToken: string): IssuedTokens | null {
  const row = db.refreshTokens.find((t) => t.token_hash === hashToken(refreshToken))
  if (!row) return null
  if (row.rotated) {
    endGrant(row.grant_id)
    return null
  }
  row.rotated = true
  return issueTokens(row.user_id, { ttlSeconds: row.access_ttl_seconds, scope: row.scope, grantId: row.grant_id })
}

/** Ends the whole grant a token belongs to (RFC 7009: revoking a refresh token ends its access tokens). */
export function revokeToken(token: string): void {
  const hash = hashToken(token)
  const grantId = (db.refreshTokens.find((t) => t.token_hash === hash) ?? db.accessTokens.find((t) => t.token_hash === hash))
    ?.grant_id
  if (grantId) endGrant(grantId)
}

/** The principal behind the request's bearer token, or a thrown 401 in the API's envelope. */
export function authenticate(request: Request): Principal {
  const header = request.headers.get('Authorization') ?? ''
  const match = /^Bearer (\S+)$/.exec(header)
  if (!match?.[1]) throw apiError(401, 'unauthenticated', 'A bearer token is required.')

  const hash = hashToken(match[1])
  const row = db.accessTokens.find((t) => t.token_hash === hash)
  if (!row) throw apiError(401, 'unauthenticated', 'The access token is not valid.')
  if (row.expires_at <= Date.now()) throw apiError(401, 'token_expired', 'The access token has expired.')

  const user = db.users.find((u) => u.id === row.user_id)
  const client = user && db.clients.find((c) => c.id === user.client_id)
  if (!user || !client?.portal_access) throw apiError(401, 'unauthenticated', 'This portal access has ended.')
  return { user, client }
}
