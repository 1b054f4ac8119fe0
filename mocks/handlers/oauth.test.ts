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

  it('rotates refresh tokens: each works once, and a reuse ends the sign-in', async () => {
    const { refresh_token: first } = (await (await exchange(await codeFor())).json()) as { refresh_token: string }
    const rotated = await postForm(TOKEN_URL, { grant_type: 'refresh_token', refresh_token: first, client_id: CLIENT_ID })
    expect(rotated.status).toBe(200)
    const { refresh_token: second } = (await rotated.json()) as { refresh_token: string }
    expect(second).not.toBe(first)

    const reused = await postForm(TOKEN_URL, { grant_type: 'refresh_token', refresh_token: first, client_id: CLIENT_ID })
    expect(reused.status).toBe(400)
    const next = await postForm(TOKEN_URL, { grant_type: 'refresh_token', refresh_token: second, client_id: CLIENT_ID })
    expect(next.status).toBe(400) // the reuse above ended the whole sign-in (RFC 9700 §4.14.2)
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

describe('refresh-token reuse (RFC 9700 §4.14.2): a rotated token used again ends the whole sign-in', () => {
  const tokenUrl = 'https://api.nextoriahub.com/v1/oauth/token'
  const clientId = 'nextoria-portal-test'
  const redirectUri = 'http://localhost:3000/auth/callback'
  const verifier = `${'r'.repeat(20)}reuse-verifier-0123456789abcdef`
  type Tokens = { access_token: string; refresh_token: string }

  const post = (fields: Record<string, string>) =>
    fetch(tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    })

  /** A new sign-in (its own grant) for the ordinary client, through the token endpoint. */
  async function signIn(): Promise<Tokens> {
    const code = encodeAuthorizationCode({
      id: `code_reuse_${Math.random()}`,
      user_id: SEED.users.ordinary,
      client_id: clientId,
      redirect_uri: redirectUri,
      code_challenge: await pkceChallenge(verifier),
      scope: 'invoices:read',
      access_ttl_seconds: 60,
      expires_at: Date.now() + 60_000,
    })
    const response = await post({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: clientId, code_verifier: verifier })
    expect(response.status).toBe(200)
    return (await response.json()) as Tokens
  }

  const refresh = (refreshToken: string) => post({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId })

  async function refreshed(refreshToken: string): Promise<Tokens> {
    const response = await refresh(refreshToken)
    expect(response.status).toBe(200)
    return (await response.json()) as Tokens
  }

  const meStatus = async (accessToken: string) =>
    (await fetch('https://api.nextoriahub.com/v1/me', { headers: { Authorization: `Bearer ${accessToken}` } })).status

  it('a stolen token used first by the attacker: the victim’s reuse ends the attacker’s tokens too', async () => {
    const victim = await signIn()
    const attacker = await refreshed(victim.refresh_token) // the thief is quicker

    const reuse = await refresh(victim.refresh_token) // the victim's tab, with the token it holds
    expect(reuse.status).toBe(400)
    expect((await reuse.json()) as unknown).toMatchObject({ error: 'invalid_grant' })

    // The whole grant is gone: the attacker's refresh and access tokens, and the victim's.
    expect((await refresh(attacker.refresh_token)).status).toBe(400)
    expect(await meStatus(attacker.access_token)).toBe(401)
    expect(await meStatus(victim.access_token)).toBe(401)
  })

  it('a stolen token used after the victim: the attacker’s reuse signs the victim out instead of working', async () => {
    const first = await signIn()
    const victim = await refreshed(first.refresh_token)
    expect(await meStatus(victim.access_token)).toBe(200)

    expect((await refresh(first.refresh_token)).status).toBe(400) // the thief, with the old token
    expect(await meStatus(victim.access_token)).toBe(401)
    expect((await refresh(victim.refresh_token)).status).toBe(400)
  })

  it('reuse of a token several rotations old ends the grant too', async () => {
    const first = await signIn()
    const second = await refreshed(first.refresh_token)
    const third = await refreshed(second.refresh_token)
    expect((await refresh(first.refresh_token)).status).toBe(400)
    expect((await refresh(third.refresh_token)).status).toBe(400)
    expect(await meStatus(third.access_token)).toBe(401)
  })

  it('ends only that sign-in: the same client’s other sign-in keeps working', async () => {
    const stolen = await signIn()
    const other = await signIn()
    await refreshed(stolen.refresh_token)
    expect((await refresh(stolen.refresh_token)).status).toBe(400)

    expect(await meStatus(other.access_token)).toBe(200)
    const next = await refreshed(other.refresh_token)
    expect(await meStatus(next.access_token)).toBe(200)
  })

  it('a token the server never issued ends nothing', async () => {
    const tokens = await signIn()
    expect((await refresh('rt_forged')).status).toBe(400)
    expect(await meStatus(tokens.access_token)).toBe(200)
    await refreshed(tokens.refresh_token)
  })

  it('a chain used in order, each token once, as the portal does, never trips it', async () => {
    let tokens = await signIn()
    for (let round = 0; round < 5; round++) tokens = await refreshed(tokens.refresh_token)
    expect(await meStatus(tokens.access_token)).toBe(200)
  })
})
