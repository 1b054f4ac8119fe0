import { http as untypedHttp, HttpResponse } from 'msw'
import * as oauth from 'oauth4webapi'
import { issueTokens } from '../../../mocks/auth'
import { db } from '../../../mocks/db'
import { server } from '../../../mocks/node'
import { violationHeaders } from '../../../mocks/scenarios/violation'
import { SEED } from '../../../mocks/seed'
import { hashToken } from '../../../mocks/token-hash'
import { authorizationServer, exchangeCode, isRejectedGrant, oauthClient, refreshTokens, revoke } from './oauth-client'

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' }

/**
 * The token endpoint answering with `body` once. TokenResponse requires `expires_in` and
 * `refresh_token`; a server that leaves them out anyway is outside openapi.yaml on purpose.
 */
function tokenEndpointAnswers(body: Record<string, unknown>) {
  const headers = { ...NO_STORE, ...violationHeaders('schema-violation') }
  server.use(untypedHttp.post('*/v1/oauth/token', () => HttpResponse.json(body, { headers }), { once: true }))
}

const rejection = (error: string, status: number) =>
  new oauth.ResponseBodyError('refused', { cause: { error }, response: new Response(null, { status }) })

describe('refreshing tokens', () => {
  it('rotates the refresh token at the fake authorization server', async () => {
    const issued = issueTokens(SEED.users.ordinary, { ttlSeconds: 120 })
    const tokens = await refreshTokens(issued.refresh_token)
    expect(tokens.accessToken).toMatch(/^at_/)
    expect(tokens.refreshToken).toMatch(/^rt_/)
    expect(tokens.refreshToken).not.toBe(issued.refresh_token)
    expect(tokens.expiresIn).toBe(120)
  })

  it('keeps the refresh token it had when the server sends no new one, and reads a missing lifetime as 5 minutes', async () => {
    tokenEndpointAnswers({ access_token: 'at_new', token_type: 'Bearer' })
    await expect(refreshTokens('rt_old')).resolves.toEqual({ accessToken: 'at_new', expiresIn: 300, refreshToken: 'rt_old' })
  })

  it('refuses a sign-in whose answer carries no refresh token: the session could not last', async () => {
    tokenEndpointAnswers({ access_token: 'at_new', token_type: 'Bearer', expires_in: 60 })
    const callback = oauth.validateAuthResponse(authorizationServer, oauthClient, new URLSearchParams({ code: 'ac_x', state: 's' }), 's')
    await expect(exchangeCode(callback, 'v'.repeat(43))).rejects.toThrow('The authorization server issued no refresh token.')
  })

  it('fails with what the server said when it refuses the refresh token', async () => {
    const failure = await refreshTokens('rt_unknown').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(oauth.ResponseBodyError)
    expect(failure).toMatchObject({ error: 'invalid_grant', status: 400 })
    expect(isRejectedGrant(failure)).toBe(true)
  })
})

describe('revoking a token', () => {
  it('ends the grant at the server', async () => {
    const issued = issueTokens(SEED.users.ordinary)
    await revoke(issued.refresh_token)
    expect(db.refreshTokens.some((t) => t.token_hash === hashToken(issued.refresh_token))).toBe(false)
    expect(db.accessTokens.some((t) => t.token_hash === hashToken(issued.access_token))).toBe(false)
  })
})

describe('a refused grant', () => {
  it('is the server refusing the token itself: invalid_grant, or any refusal with 400 or 401', () => {
    expect(isRejectedGrant(rejection('invalid_grant', 400))).toBe(true)
    expect(isRejectedGrant(rejection('invalid_grant', 403))).toBe(true)
    expect(isRejectedGrant(rejection('invalid_request', 400))).toBe(true)
    expect(isRejectedGrant(rejection('invalid_client', 401))).toBe(true)
  })

  it('is not a server failure, a slow-down or a network failure', () => {
    expect(isRejectedGrant(rejection('server_error', 500))).toBe(false)
    expect(isRejectedGrant(rejection('temporarily_unavailable', 503))).toBe(false)
    expect(isRejectedGrant(rejection('slow_down', 429))).toBe(false)
    expect(isRejectedGrant(new TypeError('Failed to fetch'))).toBe(false)
    expect(isRejectedGrant({ error: 'invalid_grant', status: 400 })).toBe(false)
  })
})

describe('plain http to the token endpoint', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it.each([
    ['http://localhost:4100/v1/oauth/token', true],
    ['http://127.0.0.1:4100/v1/oauth/token', true],
    ['http://[::1]:4100/v1/oauth/token', true],
    ['http://auth.example.com/oauth/token', false],
    ['https://auth.example.com/oauth/token', false],
  ])('is allowed only to a server on this machine: %s → %s', async (tokenUrl, allowed) => {
    vi.stubEnv('VITE_OAUTH_TOKEN_URL', tokenUrl)
    vi.resetModules()
    const { requestOptions } = await import('./oauth-client')
    expect(requestOptions[oauth.allowInsecureRequests]).toBe(allowed)
  })
})
