/*
 * The fake Nextoria Hub's own sign-in, as a real authorization server keeps one in a cookie: who
 * last approved a sign-in in this browser, and with which access-token lifetime (a developer option).
 * It is what lets `prompt=none` answer without a page. Scoped to the fake server's pages, so the
 * portal itself never sees it; gone when the browser's session ends, or with "Sign out of Nextoria Hub".
 */
export const IDP_SESSION_COOKIE = 'nextoria_fake_idp_session'
const TTL_COOKIE = 'nextoria_fake_idp_token_ttl'

export type IdpSession = { userId: string; ttlSeconds: number | null }

function cookieValue(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return null
}

/** The sign-in the cookies name, if any (`cookies` as `document.cookie` or a Cookie header reads). */
export function readIdpSession(cookies: string): IdpSession | null {
  const userId = cookieValue(cookies, IDP_SESSION_COOKIE)
  if (!userId) return null
  const ttl = Number.parseInt(cookieValue(cookies, TTL_COOKIE) ?? '', 10)
  return { userId, ttlSeconds: ttl > 0 ? ttl : null }
}

/** This page's folder: the cookies go to the fake server's pages only, never to the portal's. */
const cookiePath = () => new URL('.', window.location.href).pathname

function setCookie(name: string, value: string, extra = ''): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=${cookiePath()}; SameSite=Lax${extra}`
}

export function rememberIdpSession({ userId, ttlSeconds }: IdpSession): void {
  setCookie(IDP_SESSION_COOKIE, userId)
  if (ttlSeconds !== null) setCookie(TTL_COOKIE, String(ttlSeconds))
}

export function forgetIdpSession(): void {
  for (const name of [IDP_SESSION_COOKIE, TTL_COOKIE]) setCookie(name, '', '; max-age=0')
}
