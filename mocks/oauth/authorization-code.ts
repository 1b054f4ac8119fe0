/*
 * The fake authorization server's codes carry their own grant (who, for which client and redirect URI,
 * with which PKCE challenge), so the authorize page, a separate document, needs no shared state to
 * issue one. The token endpoint still allows each code only once (db.usedAuthCodes).
 */
export type AuthorizationCodeGrant = {
  id: string
  user_id: string
  client_id: string
  redirect_uri: string
  code_challenge: string
  scope: string
  access_ttl_seconds: number
  expires_at: number
}

export const AUTHORIZATION_CODE_TTL_MS = 2 * 60_000
const PREFIX = 'ac_'

function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

export function encodeAuthorizationCode(grant: AuthorizationCodeGrant): string {
  return PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(grant)))
}

export function decodeAuthorizationCode(code: string): AuthorizationCodeGrant | null {
  if (!code.startsWith(PREFIX)) return null
  try {
    const grant = JSON.parse(new TextDecoder().decode(fromBase64Url(code.slice(PREFIX.length)))) as AuthorizationCodeGrant
    return typeof grant.id === 'string' && typeof grant.code_challenge === 'string' ? grant : null
  } catch {
    return null
  }
}

/** RFC 7636 S256: BASE64URL(SHA-256(verifier)). */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))
  return toBase64Url(new Uint8Array(digest))
}
