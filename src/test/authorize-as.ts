import { encodeAuthorizationCode } from '../../mocks/oauth/authorization-code'
import { readAuthorizeRequest, redirectWith } from '../../mocks/oauth/authorize-request'

/**
 * What the fake authorize page does when a developer picks a client: answers the callback address
 * (path and query, for a memory router) carrying a code for `userId` and the request's state.
 */
export function authorizeAs(authorizeUrl: string, userId: string, { ttlSeconds = 900 } = {}): string {
  const request = readAuthorizeRequest(new URL(authorizeUrl).searchParams)
  if ('problem' in request) throw new Error(`bad authorization request: ${request.problem}`)
  const code = encodeAuthorizationCode({
    id: `code_${crypto.randomUUID()}`,
    user_id: userId,
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    code_challenge: request.codeChallenge,
    scope: request.scope,
    access_ttl_seconds: ttlSeconds,
    expires_at: Date.now() + 60_000,
  })
  const callback = new URL(redirectWith(request, { code }))
  return callback.pathname + callback.search
}
