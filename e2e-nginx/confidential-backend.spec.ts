import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inlineScriptHashes, securityHeaders } from '../build/security-policy'
import { basicCredentials } from '../mocks/handlers/oauth'
import {
  CONFIDENTIAL_CLIENT_ID,
  CONFIDENTIAL_POST_CLIENT_ID,
  collapseBlankLines,
  withoutConfidentialBlocks,
} from './confidential-setup'
import {
  confidentialApiOrigin,
  confidentialOrigin,
  confidentialPostOrigin,
  confidentialRoot,
  confidentialUnreachableOrigin,
  expect,
  loopbackAddress,
  oauthRequests,
  send,
  test,
  type Sent,
} from './support'

/*
 * The token-mediating backend over HTTP (deploy/oauth-backend.conf and .js behind
 * deploy/nginx-confidential.conf): what it forwards reaches the fake authorization server with the
 * client's credentials; what the portal never sends is refused without reaching it, which the fake's
 * own count of requests shows. The browser's side is confidential-sign-in.spec.ts.
 */

const ROOT = join(import.meta.dirname, '..')
const redirectUri = (origin: string) => `${origin}/auth/callback`
const VERIFIER = randomBytes(32).toString('base64url')

/** The confidential build's security headers, as nginx must send them on the backend's answers too. */
function expectBackendHeaders(response: Sent, what: string) {
  const env = { VITE_API_BASE_URL: `${confidentialApiOrigin()}/v1`, VITE_OAUTH_TOKEN_URL: '/oauth/token', VITE_OAUTH_REVOKE_URL: '/oauth/revoke' }
  // The CSP allows index.html's theme script by its hash, which the build takes from the file it wrote.
  const scriptHashes = inlineScriptHashes(readFileSync(join(confidentialRoot(), 'dist', 'index.html'), 'utf8'))
  for (const [name, value] of securityHeaders(env, { scriptHashes })) expect(response.headers[name.toLowerCase()], `${name} on ${what}`).toBe(value)
  expect(response.headers['cache-control'], `Cache-Control on ${what}`).toBe('no-store')
  expect(response.headers['www-authenticate'], `no challenge on ${what}`).toBeUndefined()
  expect(response.headers['set-cookie'], `no cookie on ${what}`).toBeUndefined()
}

function expectOAuthError(response: Sent, status: number, error: string, what: string) {
  expect(response.status, `${what}: ${response.text}`).toBe(status)
  expect(response.headers['content-type'], what).toMatch(/^application\/json/)
  expect(response.json(), what).toEqual({ error, error_description: expect.any(String) })
  expectBackendHeaders(response, what)
}

const exchangeFields = (origin: string, code: string, clientId = CONFIDENTIAL_CLIENT_ID) =>
  new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri(origin), code_verifier: VERIFIER, client_id: clientId })

const refreshFields = (refreshToken: string, clientId = CONFIDENTIAL_CLIENT_ID) =>
  new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId })

/** A code from the fake's auto-approving authorization endpoint, as the browser would bring back. */
async function authorizationCode(origin: string, clientId: string): Promise<string> {
  const challenge = createHash('sha256').update(VERIFIER).digest('base64url')
  const url = new URL(`${confidentialApiOrigin()}/oauth/authorize`)
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri(origin),
    scope: 'clients:read',
    state: 'state-1',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString()
  const response = await send(url.href, { method: 'GET' })
  expect(response.status).toBe(302)
  const code = new URL(String(response.headers.location)).searchParams.get('code')
  expect(code).toBeTruthy()
  return code ?? ''
}

test('deploy/nginx-confidential.conf is deploy/nginx.conf and the marked backend blocks, nothing else', () => {
  const publicConf = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8')
  const confidentialConf = readFileSync(join(ROOT, 'deploy', 'nginx-confidential.conf'), 'utf8')
  expect(confidentialConf).toContain('include oauth-backend.conf;')
  expect(collapseBlankLines(withoutConfidentialBlocks(confidentialConf))).toBe(collapseBlankLines(publicConf))
})

test('the fake authorization server refuses the portal’s own requests without the secret', async () => {
  const code = await authorizationCode(confidentialOrigin(), CONFIDENTIAL_CLIENT_ID)
  const direct = await send(`${confidentialApiOrigin()}/v1/oauth/token`, { body: exchangeFields(confidentialOrigin(), code) })
  expect(direct.status).toBe(401)
  expect(direct.headers['www-authenticate']).toMatch(/^Basic /)
  expect(direct.json()).toMatchObject({ error: 'invalid_client' })
  const revoke = await send(`${confidentialApiOrigin()}/v1/oauth/revoke`, { body: new URLSearchParams({ token: 'x', client_id: CONFIDENTIAL_CLIENT_ID }) })
  expect(revoke.status).toBe(401)
})

test('requests the portal never sends are refused, without reaching the authorization server', async () => {
  const origin = confidentialOrigin()
  const token = `${origin}/oauth/token`
  const revoke = `${origin}/oauth/revoke`
  const good = exchangeFields(origin, 'ac_whatever')
  const withField = (fields: URLSearchParams, name: string, value: string) => {
    const copy = new URLSearchParams(fields)
    copy.set(name, value)
    return copy
  }
  const before = await oauthRequests()
  const cases: Array<[what: string, url: string, options: Parameters<typeof send>[1], status: number, error: string]> = [
    ['GET', token, { method: 'GET' }, 405, 'invalid_request'],
    ['GET on revoke', revoke, { method: 'GET' }, 405, 'invalid_request'],
    ['a JSON body', token, { body: JSON.stringify(Object.fromEntries(good)), headers: { 'Content-Type': 'application/json' } }, 400, 'invalid_request'],
    ['another grant type', token, { body: new URLSearchParams({ grant_type: 'client_credentials', client_id: CONFIDENTIAL_CLIENT_ID }) }, 400, 'unsupported_grant_type'],
    ['the password grant', token, { body: new URLSearchParams({ grant_type: 'password', username: 'a', password: 'b', client_id: CONFIDENTIAL_CLIENT_ID }) }, 400, 'unsupported_grant_type'],
    ['another client id', token, { body: withField(good, 'client_id', CONFIDENTIAL_POST_CLIENT_ID) }, 400, 'invalid_request'],
    ['another client id on revoke', revoke, { body: new URLSearchParams({ token: 'x', client_id: 'someone-else' }) }, 400, 'invalid_request'],
    ['another redirect URI', token, { body: withField(good, 'redirect_uri', 'https://evil.example/auth/callback') }, 400, 'invalid_request'],
    ['an oversized body', token, { body: withField(good, 'code', 'x'.repeat(9000)) }, 413, 'invalid_request'],
    ['a client_secret of its own', token, { body: withField(good, 'client_secret', 'guess') }, 400, 'invalid_request'],
    ['an Authorization header', token, { body: good, headers: { Authorization: basicCredentials(CONFIDENTIAL_CLIENT_ID, 'guess') } }, 400, 'invalid_request'],
    ['another site’s page', token, { body: good, headers: { Origin: 'https://evil.example' } }, 400, 'invalid_request'],
    ['a query string', `${token}?client_secret=x`, { body: good }, 400, 'invalid_request'],
    ['an unknown parameter', token, { body: withField(good, 'resource', 'https://evil.example') }, 400, 'invalid_request'],
    ['a repeated parameter', token, { body: `${good.toString()}&code=another` }, 400, 'invalid_request'],
    ['a malformed escape', token, { body: `${good.toString()}&scope=%E0%A4%A` }, 400, 'invalid_request'],
    ['a missing verifier', token, { body: new URLSearchParams({ grant_type: 'authorization_code', code: 'x', redirect_uri: redirectUri(origin), client_id: CONFIDENTIAL_CLIENT_ID }) }, 400, 'invalid_request'],
    ['another endpoint', `${origin}/oauth/introspect`, { body: new URLSearchParams({ token: 'x' }) }, 404, 'invalid_request'],
  ]
  for (const [what, url, options, status, error] of cases) {
    const response = await send(url, { ...options, from: loopbackAddress() })
    expectOAuthError(response, status, error, what)
    if (status === 405) expect(response.headers.allow, what).toBe('POST')
  }
  const after = await oauthRequests()
  expect(after, 'nothing reached the fake authorization server').toEqual(before)
})

test('the authorization server’s own errors pass through in RFC 6749’s shape, and the secret went with the request', async () => {
  const before = await oauthRequests()
  const response = await send(`${confidentialOrigin()}/oauth/token`, { body: exchangeFields(confidentialOrigin(), 'ac_not-a-code'), from: loopbackAddress() })
  expectOAuthError(response, 400, 'invalid_grant', 'an unknown code')
  expect(response.json()).toEqual({ error: 'invalid_grant', error_description: 'The authorization code is not valid.' })
  const after = await oauthRequests()
  expect(after.token - before.token).toBe(1)
  // Refused for its grant, not for its client: the backend authenticated it (client_secret_basic).
  expect(after.refusedClients).toBe(before.refusedClients)
})

test('client_secret_post: a code exchanged, refreshed and revoked through the backend', async () => {
  const origin = confidentialPostOrigin()
  const from = loopbackAddress()
  const before = await oauthRequests()
  const code = await authorizationCode(origin, CONFIDENTIAL_POST_CLIENT_ID)
  const exchanged = await send(`${origin}/oauth/token`, { body: exchangeFields(origin, code, CONFIDENTIAL_POST_CLIENT_ID), from })
  expect(exchanged.status, exchanged.text).toBe(200)
  expectBackendHeaders(exchanged, 'the token response')
  const tokens = exchanged.json() as { access_token: string; refresh_token: string; token_type: string }
  expect(tokens.token_type).toBe('Bearer')

  const refreshed = await send(`${origin}/oauth/token`, { body: refreshFields(tokens.refresh_token, CONFIDENTIAL_POST_CLIENT_ID), from })
  expect(refreshed.status, refreshed.text).toBe(200)
  const next = refreshed.json() as { refresh_token: string }

  const revoked = await send(`${origin}/oauth/revoke`, { body: new URLSearchParams({ token: next.refresh_token, client_id: CONFIDENTIAL_POST_CLIENT_ID }), from })
  expect(revoked.status, revoked.text).toBe(200)
  expectBackendHeaders(revoked, 'the revocation response')
  const afterRevoke = await send(`${origin}/oauth/token`, { body: refreshFields(next.refresh_token, CONFIDENTIAL_POST_CLIENT_ID), from })
  expectOAuthError(afterRevoke, 400, 'invalid_grant', 'a revoked refresh token')

  const after = await oauthRequests()
  expect(after.token - before.token).toBe(3)
  expect(after.revoke - before.revoke).toBe(1)
  expect(after.refusedClients).toBe(before.refusedClients)
})

test('an authorization server that cannot be reached is a 502 in OAuth’s shape', async () => {
  const origin = confidentialUnreachableOrigin()
  const refresh = await send(`${origin}/oauth/token`, { body: refreshFields('rt_whatever'), from: loopbackAddress() })
  expectOAuthError(refresh, 502, 'temporarily_unavailable', 'a refresh')
  const revoke = await send(`${origin}/oauth/revoke`, { body: new URLSearchParams({ token: 'x', client_id: CONFIDENTIAL_CLIENT_ID }), from: loopbackAddress() })
  expectOAuthError(revoke, 502, 'temporarily_unavailable', 'a revocation')
})

test('a burst over the rate limit is refused with 429 and Retry-After, per client address, before it reaches the server', async () => {
  const origin = confidentialOrigin()
  const from = loopbackAddress()
  const before = await oauthRequests()
  // Well-formed refreshes with a token the server never issued: those let through reach it (400).
  const responses = await Promise.all(
    Array.from({ length: 40 }, (_, i) => send(`${origin}/oauth/token`, { body: refreshFields(`rt_burst_${i}`), from })),
  )
  const limited = responses.filter((response) => response.status === 429)
  const passed = responses.filter((response) => response.status !== 429)
  expect(limited.length, 'some of the burst is refused').toBeGreaterThanOrEqual(10)
  expect(passed.length, 'the first ones pass (the burst allowance)').toBeGreaterThanOrEqual(15)
  for (const response of limited) {
    expectOAuthError(response, 429, 'temporarily_unavailable', 'a request over the limit')
    expect(response.headers['retry-after']).toMatch(/^\d+$/)
  }
  for (const response of passed) expectOAuthError(response, 400, 'invalid_grant', 'a request within the limit')

  // Another address has its own allowance.
  const other = await send(`${origin}/oauth/token`, { body: refreshFields('rt_other'), from: loopbackAddress() })
  expect(other.status).toBe(400)
  const after = await oauthRequests()
  expect(after.token - before.token, 'only the requests let through reached the server').toBe(passed.length + 1)
})

test('the confidential build’s CSP lets the page reach its own origin (the backend) and the API, nothing else', () => {
  const conf = readFileSync(join(confidentialRoot(), 'dist', 'security-headers.conf'), 'utf8')
  expect(conf).toContain(`connect-src ${confidentialApiOrigin()} 'self';`)
})
