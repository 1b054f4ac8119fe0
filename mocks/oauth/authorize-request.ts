import { PORTAL_SCOPE } from '../auth'
import { AUTHORIZATION_CODE_TTL_MS, encodeAuthorizationCode } from './authorization-code'

/** The parts of an authorization request (RFC 6749 §4.1.1 with PKCE) the fake server checks. */
export type AuthorizeRequest = {
  clientId: string
  redirectUri: string
  state: string
  codeChallenge: string
  scope: string
  /** `prompt=none` (OpenID Connect Core 3.1.2.1): answer at once, never show a page. */
  silent: boolean
}

/**
 * A request that fails here is shown as an error on the page and never redirected: with a bad
 * redirect_uri there is nowhere safe to send the user (RFC 6749 §4.1.2.1).
 */
export function readAuthorizeRequest(params: URLSearchParams): AuthorizeRequest | { problem: string } {
  const get = (name: string) => params.get(name) ?? ''
  if (get('response_type') !== 'code') return { problem: 'response_type must be "code".' }
  if (!get('client_id')) return { problem: 'client_id is missing.' }
  let redirect: URL
  try {
    redirect = new URL(get('redirect_uri'))
  } catch {
    return { problem: 'redirect_uri is missing or not an absolute URL.' }
  }
  if (redirect.protocol !== 'https:' && redirect.hostname !== 'localhost' && redirect.hostname !== '127.0.0.1') {
    return { problem: 'redirect_uri must use https (or localhost).' }
  }
  if (get('code_challenge_method') !== 'S256' || !get('code_challenge')) {
    return { problem: 'PKCE is required: code_challenge with code_challenge_method=S256.' }
  }
  if (!get('state')) return { problem: 'state is missing.' }
  const prompts = get('prompt').split(' ').filter(Boolean)
  if (prompts.includes('none') && prompts.length > 1) return { problem: 'prompt=none cannot be combined with another prompt.' }
  return {
    clientId: get('client_id'),
    redirectUri: redirect.href,
    state: get('state'),
    codeChallenge: get('code_challenge'),
    scope: get('scope'),
    silent: prompts.includes('none'),
  }
}

/** The callback address carrying a fresh code that grants `userId` what `request` asked for. */
export function approve(request: AuthorizeRequest, userId: string, ttlSeconds: number): string {
  const code = encodeAuthorizationCode({
    id: `code_${crypto.randomUUID()}`,
    user_id: userId,
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    code_challenge: request.codeChallenge,
    scope: request.scope || PORTAL_SCOPE,
    access_ttl_seconds: ttlSeconds,
    expires_at: Date.now() + AUTHORIZATION_CODE_TTL_MS,
  })
  return redirectWith(request, { code })
}

export function redirectWith(request: AuthorizeRequest, params: Record<string, string>): string {
  const url = new URL(request.redirectUri)
  for (const [key, value] of Object.entries({ ...params, state: request.state })) url.searchParams.set(key, value)
  return url.href
}

/**
 * The answer to a `prompt=none` request: a code for the user this server already has signed in (in
 * this browser), or `login_required` when it has none, both straight back to the client.
 */
export function answerWithoutPrompt(request: AuthorizeRequest, signedInUserId: string | null, ttlSeconds: number): string {
  if (signedInUserId) return approve(request, signedInUserId, ttlSeconds)
  return redirectWith(request, { error: 'login_required', error_description: 'Nobody is signed in to Nextoria Hub in this browser.' })
}
