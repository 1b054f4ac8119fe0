import { HttpResponse } from 'msw'
import type { components } from '../../src/lib/api/schema'
import { issueTokens, revokeToken, rotateRefreshToken } from '../auth'
import { db } from '../db'
import { http } from '../http'
import { decodeAuthorizationCode, pkceChallenge } from '../oauth/authorization-code'

type OAuthErrorCode = components['schemas']['OAuthError']['error']

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' }

/** RFC 6749 §5.2: the token endpoint's errors are not the API's envelope. */
function oauthError(error: OAuthErrorCode, description: string, status = 400): Response {
  return HttpResponse.json({ error, error_description: description }, { status, headers: NO_STORE })
}

async function exchangeCode(form: URLSearchParams) {
  const grant = decodeAuthorizationCode(form.get('code') ?? '')
  if (!grant) throw oauthError('invalid_grant', 'The authorization code is not valid.')
  if (db.usedAuthCodes.includes(grant.id)) {
    // RFC 6749 §4.1.2: a code used twice may have been stolen, so what it gave is withdrawn too.
    db.refreshTokens = db.refreshTokens.filter((t) => t.grant_id !== grant.id)
    db.accessTokens = db.accessTokens.filter((t) => t.grant_id !== grant.id)
    throw oauthError('invalid_grant', 'The authorization code was already used.')
  }
  if (grant.expires_at <= Date.now()) throw oauthError('invalid_grant', 'The authorization code has expired.')
  if (form.get('client_id') !== grant.client_id) throw oauthError('invalid_grant', 'The code was issued to another client.')
  if (form.get('redirect_uri') !== grant.redirect_uri) {
    throw oauthError('invalid_grant', 'redirect_uri does not match the authorization request.')
  }
  const verifier = form.get('code_verifier') ?? ''
  if (verifier.length < 43 || (await pkceChallenge(verifier)) !== grant.code_challenge) {
    throw oauthError('invalid_grant', 'PKCE verification failed: code_verifier does not match code_challenge.')
  }
  db.usedAuthCodes.push(grant.id)
  if (!db.users.some((u) => u.id === grant.user_id)) throw oauthError('invalid_grant', 'The user no longer exists.')
  return issueTokens(grant.user_id, { ttlSeconds: grant.access_ttl_seconds, scope: grant.scope, grantId: grant.id })
}

/** openapi-msw types only JSON and text bodies; these endpoints take a form (RFC 6749 §4.1.3). */
const readForm = async (request: Request) => new URLSearchParams(await request.text())

export const oauthHandlers = [
  http.post('/oauth/token', async ({ request, response }) => {
    const form = await readForm(request)
    switch (form.get('grant_type')) {
      case 'authorization_code':
        return response(200).json(await exchangeCode(form), { headers: NO_STORE })
      case 'refresh_token': {
        const tokens = rotateRefreshToken(form.get('refresh_token') ?? '')
        if (!tokens) throw oauthError('invalid_grant', 'The refresh token is not valid, was revoked, or was already used.')
        return response(200).json(tokens, { headers: NO_STORE })
      }
      default:
        throw oauthError('unsupported_grant_type', 'grant_type must be authorization_code or refresh_token.')
    }
  }),

  http.post('/oauth/revoke', async ({ request, response }) => {
    const form = await readForm(request)
    const token = form.get('token')
    if (!token) throw oauthError('invalid_request', 'token is required.')
    revokeToken(token)
    return response(200).empty()
  }),
]
