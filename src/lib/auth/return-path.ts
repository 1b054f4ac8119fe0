const FALLBACK = '/'

/** A control character (tabs and newlines among them, which URL parsing strips), or a backslash. */
const isControlOrBackslash = (code: number) => code < 0x20 || code === 0x7f || code === 0x5c
const hasControlOrBackslash = (text: string) => Array.from(text).some((char) => isControlOrBackslash(char.charCodeAt(0)))
/** The same, or a space: a raw return path with any of them is not one the portal wrote. */
const hasRewrittenCharacter = (text: string) => text.includes(' ') || hasControlOrBackslash(text)

/** The sign-in page and the OAuth callback: returning to them would loop or replay a sign-in. */
const isSignInPage = (pathname: string) => pathname.startsWith('/sign-in') || pathname.startsWith('/auth/')

/**
 * Whether a normalised pathname stays a path on `origin` however often something downstream (a router, a
 * server, a proxy) percent-decodes and re-normalises it: `/%2F%2Fevil.example` or `/%5Cevil.example`
 * would become `//evil.example` or `/\evil.example`, which a browser reads as another host.
 */
function staysOnOrigin(pathname: string, origin: string): boolean {
  let current = pathname
  for (let round = 0; round < 4; round++) {
    if (current.startsWith('//') || hasControlOrBackslash(current)) return false
    const normalised = new URL(current, origin)
    if (normalised.origin !== origin) return false
    const path = normalised.pathname
    if (path.startsWith('//') || isSignInPage(path)) return false
    const decoded = decodeURIComponent(path)
    // Stable: nothing left to decode, or what normalising re-encodes (`✓` ⇄ `%E2%9C%93`).
    if (decoded === path || decoded === current) return true
    current = decoded
  }
  return false // still encoded after several rounds: no link of ours looks like that
}

/**
 * Where to go after signing in, reduced to a path on this origin: an absolute URL, a protocol-relative
 * `//evil.example`, a backslash trick, a dot segment or an encoding that normalises to one of those, or
 * a `javascript:` URL all become the overview, so a crafted sign-in link can never send a client
 * elsewhere (no open redirect). The checks run on the normalised path, the one that is returned: a raw
 * `/.//evil.example` only becomes `//evil.example` once it is normalised.
 */
export function safeReturnPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || hasRewrittenCharacter(raw)) return FALLBACK
  try {
    const origin = window.location.origin
    const url = new URL(raw, origin)
    if (url.origin !== origin || !staysOnOrigin(url.pathname, origin)) return FALLBACK
    return url.pathname + url.search + url.hash
  } catch {
    return FALLBACK // a malformed URL or percent-encoding
  }
}

/** The sign-in page's address that will come back to `returnTo`, for a given reason. */
export function signInPath(returnTo: string, reason?: 'expired' | 'signed_out' | 'access_ended'): string {
  const params = new URLSearchParams()
  if (reason) params.set('reason', reason)
  const path = safeReturnPath(returnTo)
  if (path !== FALLBACK) params.set('returnTo', path)
  const query = params.toString()
  return query ? `/sign-in?${query}` : '/sign-in'
}
