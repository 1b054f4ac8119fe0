import { apiError } from './api-error'
import { db, type DbClient, type DbUser } from './db'

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 15 * 60

/** Who a request acts for: a portal user and the client it belongs to. */
export type Principal = { user: DbUser; client: DbClient }

function randomToken(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24))
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Issues an access token for a portal user; a negative or zero ttl gives one that is already expired. */
export function issueAccessToken(userId: string, ttlSeconds = DEFAULT_ACCESS_TOKEN_TTL_SECONDS): string {
  const token = randomToken('at_')
  db.accessTokens.push({ token, user_id: userId, expires_at: Date.now() + ttlSeconds * 1000 })
  return token
}

export function revokeAccessToken(token: string): void {
  db.accessTokens = db.accessTokens.filter((row) => row.token !== token)
}

/** The principal behind the request's bearer token, or a thrown 401 in the API's envelope. */
export function authenticate(request: Request): Principal {
  const header = request.headers.get('Authorization') ?? ''
  const match = /^Bearer (\S+)$/.exec(header)
  if (!match) throw apiError(401, 'unauthenticated', 'A bearer token is required.')

  const row = db.accessTokens.find((t) => t.token === match[1])
  if (!row) throw apiError(401, 'unauthenticated', 'The access token is not valid.')
  if (row.expires_at <= Date.now()) throw apiError(401, 'token_expired', 'The access token has expired.')

  const user = db.users.find((u) => u.id === row.user_id)
  const client = user && db.clients.find((c) => c.id === user.client_id)
  if (!user || !client?.portal_access) throw apiError(401, 'unauthenticated', 'This portal access has ended.')
  return { user, client }
}
