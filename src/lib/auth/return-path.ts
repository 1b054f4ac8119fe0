const FALLBACK = '/'

/**
 * Where to go after signing in, reduced to a path on this origin: an absolute URL, a protocol-relative
 * `//evil.example`, a backslash trick or a `javascript:` URL all become the overview, so a crafted
 * sign-in link can never send a client elsewhere (no open redirect).
 */
export function safeReturnPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return FALLBACK
  try {
    const origin = window.location.origin
    const url = new URL(raw, origin)
    if (url.origin !== origin) return FALLBACK
    const path = url.pathname + url.search + url.hash
    return path.startsWith('/sign-in') || path.startsWith('/auth/') ? FALLBACK : path
  } catch {
    return FALLBACK
  }
}

/** The sign-in page's address that will come back to `returnTo`, for a given reason. */
export function signInPath(returnTo: string, reason?: 'expired' | 'signed_out'): string {
  const params = new URLSearchParams()
  if (reason) params.set('reason', reason)
  const path = safeReturnPath(returnTo)
  if (path !== FALLBACK) params.set('returnTo', path)
  const query = params.toString()
  return query ? `/sign-in?${query}` : '/sign-in'
}
