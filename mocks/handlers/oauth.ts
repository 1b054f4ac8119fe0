import { HttpResponse } from 'msw'
import type { components } from '../../src/lib/api/schema'
import { issueTokens, revokeToken, rotateRefreshToken } from '../auth'
import { db } from '../db'
import { http } from '../http'
import { decodeAuthorizationCode, pkceChallenge } from '../oauth/authorization-code'

type OAuthErrorCode = components['schemas']['OAuthError']['error']

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' }

/** RFC 6749 §5.2: the token endpoint's errors are not the API's envelope. */
function oauthError(error: OAuthErrorCode, description: string, status = 400, headers: Record<string, string> = {}): Response {
  return HttpResponse.json({ error, error_description: description }, { status, headers: { ...NO_STORE, ...headers } })
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

/**
 * A client registered with a secret (RFC 6749 §2.3.1), and how it was registered to authenticate at
 * the token and revocation endpoints: HTTP Basic (`client_secret_basic`) or the form's `client_secret`
 * (`client_secret_post`). The handlers above never ask; mocks/http-server.ts does, when given clients.
 */
export type ConfidentialClient = { clientId: string; clientSecret: string; auth: 'basic' | 'post' }

/** A form-urlencoded value (RFC 6749 §2.3.1 encodes both parts of the Basic credentials so). */
const formEncode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+')

function formDecode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

/** The `Authorization` value of RFC 6749 §2.3.1: `Basic base64(urlencode(id) ":" urlencode(secret))`. */
export function basicCredentials(clientId: string, clientSecret: string): string {
  return `Basic ${btoa(`${formEncode(clientId)}:${formEncode(clientSecret)}`)}`
}

function readBasic(authorization: string): { clientId: string; clientSecret: string } | null {
  const encoded = /^Basic +([A-Za-z0-9+/]+=*)$/i.exec(authorization.trim())?.[1]
  if (!encoded) return null
  let decoded: string
  try {
    decoded = atob(encoded)
  } catch {
    return null
  }
  const colon = decoded.indexOf(':')
  if (colon < 0) return null
  const clientId = formDecode(decoded.slice(0, colon))
  const clientSecret = formDecode(decoded.slice(colon + 1))
  return clientId === null || clientSecret === null ? null : { clientId, clientSecret }
}

const BASIC_CHALLENGE = { 'WWW-Authenticate': 'Basic realm="Nextoria Hub", charset="UTF-8"' }

/**
 * Client authentication when clients are registered with a secret: null when the request
 * authenticates as one of `clients`, the way that client was registered to; otherwise the refusal of
 * RFC 6749 §5.2, `invalid_client` with 401 (and a Basic challenge unless the client tried its form
 * credentials), or `invalid_request` for credentials sent two ways at once (§2.3: MUST NOT).
 */
export function refuseUnauthenticatedClient(headers: Headers, form: URLSearchParams, clients: ConfidentialClient[]): Response | null {
  const authorization = headers.get('Authorization')
  const formSecret = form.get('client_secret')
  const formClientId = form.get('client_id')
  if (authorization !== null && formSecret !== null) {
    return oauthError('invalid_request', 'Client credentials were sent both in the Authorization header and in the body.')
  }
  if (authorization !== null) {
    const credentials = readBasic(authorization)
    const client = credentials && clients.find((c) => c.auth === 'basic' && c.clientId === credentials.clientId)
    if (!credentials || !client || client.clientSecret !== credentials.clientSecret) {
      return oauthError('invalid_client', 'Client authentication failed.', 401, BASIC_CHALLENGE)
    }
    if (formClientId !== null && formClientId !== client.clientId) {
      return oauthError('invalid_client', 'client_id in the body is not the authenticated client.', 401, BASIC_CHALLENGE)
    }
    return null
  }
  if (formSecret !== null) {
    const client = clients.find((c) => c.auth === 'post' && c.clientId === formClientId)
    if (!client || client.clientSecret !== formSecret) return oauthError('invalid_client', 'Client authentication failed.', 401)
    return null
  }
  return oauthError('invalid_client', 'Client authentication is required.', 401, BASIC_CHALLENGE)
}
