import { createHash, randomBytes } from 'node:crypto'

/*
 * The floor served beside the portal: bench/floor built under /floor/ into the directory the
 * benchmark's server serves, so its files, headers, compression and fake API are the portal's own.
 */

/** The floor's public path on the benchmark server. */
export const FLOOR_BASE = '/floor/'
export const FLOOR_PATH = `${FLOOR_BASE}index.html`
/** Where the floor reads its access token (bench/floor/main.tsx). */
export const FLOOR_TOKEN_KEY = 'bench.floor.accessToken'

const base64url = (/** @type {Buffer} */ bytes) => bytes.toString('base64url')

/**
 * An access token for the ordinary client, from the benchmark server's own authorization endpoint and
 * token endpoint (Authorization Code with PKCE, as the portal signs in), for the floor to use.
 * @param {string} origin
 * @returns {Promise<string>}
 */
export async function floorAccessToken(origin) {
  const verifier = base64url(randomBytes(32))
  const challenge = base64url(createHash('sha256').update(verifier).digest())
  const redirectUri = `${origin}/auth/callback`
  const authorize = new URL(`${origin}/oauth/authorize`)
  for (const [name, value] of Object.entries({
    response_type: 'code',
    client_id: 'bench-floor',
    redirect_uri: redirectUri,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: base64url(randomBytes(8)),
  })) {
    authorize.searchParams.set(name, value)
  }
  // eslint-disable-next-line no-restricted-globals -- the benchmark talks HTTP to its own server, from Node
  const approved = await fetch(authorize, { redirect: 'manual', headers: { cookie: 'bench_user=user_ordinary' } })
  const code = new URL(approved.headers.get('location') ?? '', origin).searchParams.get('code')
  if (!code) throw new Error(`the benchmark server gave the floor no authorization code (${approved.status})`)
  // eslint-disable-next-line no-restricted-globals -- as above
  const answer = await fetch(`${origin}/v1/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: 'bench-floor', code_verifier: verifier }),
  })
  /** @type {unknown} */
  const body = await answer.json()
  const token = typeof body === 'object' && body !== null && 'access_token' in body ? body.access_token : undefined
  if (!answer.ok || typeof token !== 'string') throw new Error(`the floor's token request failed (${answer.status})`)
  return token
}
