import { db } from '../db'
import { encodeAuthorizationCode, pkceChallenge, type AuthorizationCodeGrant } from '../oauth/authorization-code'
import { SEED } from '../seed'

const TOKEN_URL = 'https://api.nextoriahub.com/v1/oauth/token'
const REDIRECT_URI = 'http://localhost:3000/auth/callback'
const CLIENT_ID = 'nextoria-portal-test'
const VERIFIER = 'a'.repeat(20) + 'verifier-for-tests-0123456789'

async function codeFor(overrides: Partial<AuthorizationCodeGrant> = {}): Promise<string> {
  return encodeAuthorizationCode({
    id: `code_${Math.random()}`,
    user_id: SEED.users.ordinary,
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    code_challenge: await pkceChallenge(VERIFIER),
    scope: 'invoices:read',
    access_ttl_seconds: 60,
    expires_at: Date.now() + 60_000,
    ...overrides,
  })
}

function postForm(url: string, fields: Record<string, string>) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  })
}

function exchange(code: string, fields: Partial<Record<string, string>> = {}) {
  return postForm(TOKEN_URL, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    client_id: CLIENT_ID,
    code_verifier: VERIFIER,
    ...(fields as Record<string, string>),
  })
}

describe('the fake token endpoint', () => {
  it('exchanges a code with the right PKCE verifier for tokens, without caching', async () => {
    const response = await exchange(await codeFor())
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const body = (await response.json()) as Record<string, unknown>
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 60, scope: 'invoices:read' })
    expect(body.access_token).toEqual(expect.any(String))
    expect(body.refresh_token).toEqual(expect.any(String))
  })

  it('rejects a verifier that does not match the challenge', async () => {
    const response = await exchange(await codeFor(), { code_verifier: 'b'.repeat(43) })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: string; error_description: string }
    expect(body.error).toBe('invalid_grant')
    expect(body.error_description).toMatch(/PKCE/)
  })

  it('rejects another redirect URI, another client, an expired code and a forged one', async () => {
    expect((await exchange(await codeFor(), { redirect_uri: 'https://evil.example/cb' })).status).toBe(400)
    expect((await exchange(await codeFor(), { client_id: 'someone-else' })).status).toBe(400)
    expect((await exchange(await codeFor({ expires_at: Date.now() - 1 }))).status).toBe(400)
    expect((await exchange('ac_not-a-code')).status).toBe(400)
  })

  it('allows a code once, and withdraws what it gave when it is replayed', async () => {
    const code = await codeFor()
    const first = (await (await exchange(code)).json()) as { access_token: string }
    const replay = await exchange(code)
    expect(replay.status).toBe(400)
    expect((await replay.json()) as unknown).toMatchObject({ error: 'invalid_grant' })

    const me = await fetch('https://api.nextoriahub.com/v1/me', { headers: { Authorization: `Bearer ${first.access_token}` } })
    expect(me.status).toBe(401)
  })

  it('rotates refresh tokens: each works once', async () => {
    const { refresh_token: first } = (await (await exchange(await codeFor())).json()) as { refresh_token: string }
    const rotated = await postForm(TOKEN_URL, { grant_type: 'refresh_token', refresh_token: first, client_id: CLIENT_ID })
    expect(rotated.status).toBe(200)
    const { refresh_token: second } = (await rotated.json()) as { refresh_token: string }
    expect(second).not.toBe(first)

    const reused = await postForm(TOKEN_URL, { grant_type: 'refresh_token', refresh_token: first, client_id: CLIENT_ID })
    expect(reused.status).toBe(400)
    const next = await postForm(TOKEN_URL, { grant_type: 'refresh_token', refresh_token: second, client_id: CLIENT_ID })
    expect(next.status).toBe(200)
  })

  it('revokes the whole sign-in: its refresh and access tokens stop working', async () => {
    const tokens = (await (await exchange(await codeFor())).json()) as { access_token: string; refresh_token: string }
    const revoked = await postForm('https://api.nextoriahub.com/v1/oauth/revoke', { token: tokens.refresh_token, client_id: CLIENT_ID })
    expect(revoked.status).toBe(200)
    expect(db.refreshTokens).toEqual([])
    const me = await fetch('https://api.nextoriahub.com/v1/me', { headers: { Authorization: `Bearer ${tokens.access_token}` } })
    expect(me.status).toBe(401)
  })

  it('refuses other grant types', async () => {
    const response = await postForm(TOKEN_URL, { grant_type: 'password', username: 'x', password: 'y' })
    expect((await response.json()) as unknown).toMatchObject({ error: 'unsupported_grant_type' })
  })
})
