import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { basicCredentials } from './handlers/oauth'
import { startHttpServer, type HttpServer, type OAuthRequestCounts } from './http-server'
import { server as mswServer } from './node'
import { encodeAuthorizationCode, pkceChallenge } from './oauth/authorization-code'
import { SEED } from './seed'

/*
 * The fake authorization server over real HTTP with clients registered with a secret (what the
 * token-mediating backend of deploy/ is tested against): the token and revocation endpoints refuse a
 * request that does not authenticate as registered, and count what reached them. The in-process msw
 * server of the test setup would answer these requests itself, so it stands aside for this file.
 */

const REDIRECT_URI = 'http://127.0.0.1:8080/auth/callback'
const VERIFIER = `${'v'.repeat(20)}secret-mode-verifier-0123456789`
const BASIC = { clientId: 'portal-basic', clientSecret: 'sécret with spaces:+&=', auth: 'basic' as const }
const POST = { clientId: 'portal-post', clientSecret: 'another-secret', auth: 'post' as const }

let dist: string
let secretServer: HttpServer
let publicServer: HttpServer

beforeAll(async () => {
  mswServer.close()
  dist = mkdtempSync(join(tmpdir(), 'fake-secret-'))
  secretServer = await startHttpServer({ distDir: dist, confidentialClients: [BASIC, POST], testEndpoints: true, accessTtlSeconds: 7 })
  publicServer = await startHttpServer({ distDir: dist })
})

afterAll(async () => {
  await secretServer.close()
  await publicServer.close()
  rmSync(dist, { recursive: true, force: true })
  mswServer.listen({ onUnhandledRequest: 'error' })
})

async function codeFor(clientId: string): Promise<string> {
  return encodeAuthorizationCode({
    id: `code_${Math.random()}`,
    user_id: SEED.users.ordinary,
    client_id: clientId,
    redirect_uri: REDIRECT_URI,
    code_challenge: await pkceChallenge(VERIFIER),
    scope: 'invoices:read',
    access_ttl_seconds: 7,
    expires_at: Date.now() + 60_000,
  })
}

function post(origin: string, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  })
}

const exchangeFields = async (clientId: string) => ({
  grant_type: 'authorization_code',
  code: await codeFor(clientId),
  redirect_uri: REDIRECT_URI,
  client_id: clientId,
  code_verifier: VERIFIER,
})

async function counts(server: HttpServer): Promise<OAuthRequestCounts> {
  const response = await fetch(`${server.origin}/_test/oauth-requests`)
  expect(response.headers.get('Cache-Control')).toBe('no-store')
  return (await response.json()) as OAuthRequestCounts
}

describe('the fake authorization server with clients registered with a secret', () => {
  it('refuses a public client’s request (no secret): 401 invalid_client with a Basic challenge', async () => {
    const response = await post(secretServer.origin, '/v1/oauth/token', await exchangeFields(BASIC.clientId))
    expect(response.status).toBe(401)
    expect(response.headers.get('WWW-Authenticate')).toMatch(/^Basic /)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ error: 'invalid_client' })
  })

  it('takes a Basic client’s credentials in the Authorization header, form-urlencoded per RFC 6749 §2.3.1', async () => {
    const authorization = basicCredentials(BASIC.clientId, BASIC.clientSecret)
    const exchanged = await post(secretServer.origin, '/v1/oauth/token', await exchangeFields(BASIC.clientId), { Authorization: authorization })
    expect(exchanged.status).toBe(200)
    const tokens = (await exchanged.json()) as { refresh_token: string; expires_in: number }
    expect(tokens.expires_in).toBe(7)

    const refreshed = await post(
      secretServer.origin,
      '/v1/oauth/token',
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: BASIC.clientId },
      { Authorization: authorization },
    )
    expect(refreshed.status).toBe(200)
    const { refresh_token: next } = (await refreshed.json()) as { refresh_token: string }

    const unauthenticated = await post(secretServer.origin, '/v1/oauth/revoke', { token: next, client_id: BASIC.clientId })
    expect(unauthenticated.status).toBe(401)
    const revoked = await post(secretServer.origin, '/v1/oauth/revoke', { token: next, client_id: BASIC.clientId }, { Authorization: authorization })
    expect(revoked.status).toBe(200)
  })

  it('refuses a wrong secret, the secret sent the other way, both ways at once, and another client in the body', async () => {
    const fields = await exchangeFields(BASIC.clientId)
    const wrong = await post(secretServer.origin, '/v1/oauth/token', fields, { Authorization: basicCredentials(BASIC.clientId, 'guess') })
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('WWW-Authenticate')).toMatch(/^Basic /)

    const inBody = await post(secretServer.origin, '/v1/oauth/token', { ...fields, client_secret: BASIC.clientSecret })
    expect(inBody.status).toBe(401)
    expect(await inBody.json()).toMatchObject({ error: 'invalid_client' })

    const both = await post(
      secretServer.origin,
      '/v1/oauth/token',
      { ...fields, client_secret: BASIC.clientSecret },
      { Authorization: basicCredentials(BASIC.clientId, BASIC.clientSecret) },
    )
    expect(both.status).toBe(400)
    expect(await both.json()).toMatchObject({ error: 'invalid_request' })

    const otherInBody = await post(
      secretServer.origin,
      '/v1/oauth/token',
      { ...fields, client_id: POST.clientId },
      { Authorization: basicCredentials(BASIC.clientId, BASIC.clientSecret) },
    )
    expect(otherInBody.status).toBe(401)
  })

  it('takes a post client’s credentials in the body only', async () => {
    const fields = await exchangeFields(POST.clientId)
    const viaBasic = await post(secretServer.origin, '/v1/oauth/token', fields, { Authorization: basicCredentials(POST.clientId, POST.clientSecret) })
    expect(viaBasic.status).toBe(401)
    const wrong = await post(secretServer.origin, '/v1/oauth/token', { ...fields, client_secret: 'guess' })
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('WWW-Authenticate')).toBeNull()
    const right = await post(secretServer.origin, '/v1/oauth/token', { ...fields, client_secret: POST.clientSecret })
    expect(right.status).toBe(200)
  })

  it('passes an authenticated client’s bad grant on to the token endpoint’s own answer', async () => {
    const response = await post(
      secretServer.origin,
      '/v1/oauth/token',
      { ...(await exchangeFields(BASIC.clientId)), code: 'ac_not-a-code' },
      { Authorization: basicCredentials(BASIC.clientId, BASIC.clientSecret) },
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' })
  })

  it('counts every request that reached the token and revocation endpoints, readable over HTTP', async () => {
    const before = await counts(secretServer)
    await post(secretServer.origin, '/v1/oauth/token', { grant_type: 'client_credentials' })
    await post(secretServer.origin, '/v1/oauth/token', await exchangeFields(BASIC.clientId))
    await post(secretServer.origin, '/v1/oauth/revoke', { token: 'x' })
    const after = await counts(secretServer)
    expect(after.token - before.token).toBe(2)
    expect(after.revoke - before.revoke).toBe(1)
    expect((after.grantTypes.client_credentials ?? 0) - (before.grantTypes.client_credentials ?? 0)).toBe(1)
    expect(after.refusedClients - before.refusedClients).toBe(3)
    expect(secretServer.oauthRequests()).toEqual(after)
  })
})

describe('the fake authorization server by default', () => {
  it('serves public clients as before (PKCE, no secret), and has no test endpoint', async () => {
    const response = await post(publicServer.origin, '/v1/oauth/token', await exchangeFields('any-public-client'))
    expect(response.status).toBe(200)
    expect(((await response.json()) as { expires_in: number }).expires_in).toBe(7)
    expect(publicServer.oauthRequests().token).toBe(1)
    // No such route: the server's app fallback answers it (here, with no app built, 404).
    expect((await fetch(`${publicServer.origin}/_test/oauth-requests`)).status).toBe(404)
  })
})
