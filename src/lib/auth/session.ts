import { isRejectedGrant, refreshTokens, revoke, type TokenSet } from './oauth-client'
import { broadcast, nextTokensFor, onSessionMessage, withRefreshLock } from './session-channel'
import { silentReauthAllowance } from './silent-reauth-allowance'
import { tokenStorage } from './token-storage'

/** `access_withdrawn`: the server refuses even freshly refreshed tokens (the client's portal access ended). */
export type SessionEndReason = 'expired' | 'signed_out' | 'access_withdrawn'

type AccessToken = { token: string; expiresAt: number; refreshAt: number }

/** How long another tab's broadcast may take to arrive after it won a refresh race. */
const RACE_GRACE_MS = 1_500

let access: AccessToken | null = null
let refreshing: Promise<string | null> | null = null
/**
 * Set while the tab leaves to re-authorize: what every request waits for instead of a token. A new
 * session in this same document (the tab did not leave after all) releases them, without a token, so
 * the middleware's 401 retry picks up the new one; nothing waits forever on a page that stayed.
 */
let departure: { held: Promise<null>; release: () => void } | null = null

function releaseHeldRequests(): void {
  departure?.release()
  departure = null
}
const endListeners = new Set<(reason: SessionEndReason) => void>()
/**
 * An end that came while nobody listened: the boot (src/boot/) sends requests, and so may have a
 * refresh refused, before the app has subscribed. The first listener hears it, so it is never lost.
 */
let unheardEnd: SessionEndReason | null = null

/** Refresh a quarter of the lifetime early (at most 30 s), so a request never leaves with a dying token. */
function accessTokenFrom(tokens: TokenSet, now = Date.now()): AccessToken {
  const lifetime = tokens.expiresIn * 1000
  return { token: tokens.accessToken, expiresAt: now + lifetime, refreshAt: now + lifetime - Math.min(30_000, lifetime / 4) }
}

/** Stores a new refresh token, keeping what else this sign-in already knows (its client id). */
function storeRefreshToken(sessionId: string, refreshToken: string): void {
  const stored = tokenStorage.read()
  const clientId = stored?.sessionId === sessionId ? stored.clientId : undefined
  tokenStorage.write(clientId === undefined ? { sessionId, refreshToken } : { sessionId, refreshToken, clientId })
}

function adopt(tokens: TokenSet, sessionId: string): AccessToken {
  access = accessTokenFrom(tokens)
  storeRefreshToken(sessionId, tokens.refreshToken)
  broadcast({ type: 'tokens', sessionId, ...access, accessToken: access.token, refreshToken: tokens.refreshToken })
  return access
}

function end(reason: SessionEndReason): void {
  access = null
  tokenStorage.clear()
  if (reason === 'signed_out') silentReauthAllowance.spend()
  if (endListeners.size === 0) unheardEnd = reason
  endListeners.forEach((listener) => listener(reason))
}

// Another tab of this same sign-in refreshed or signed out: follow it.
onSessionMessage((message) => {
  const stored = tokenStorage.read()
  if (!stored || message.sessionId !== stored.sessionId) return
  if (message.type === 'signed-out') return end('signed_out')
  access = { token: message.accessToken, expiresAt: message.expiresAt, refreshAt: message.refreshAt }
  storeRefreshToken(stored.sessionId, message.refreshToken)
})

/** Whether this tab still holds the sign-in `sessionId` (not signed out, not replaced by another). */
const isStill = (sessionId: string) => tokenStorage.read()?.sessionId === sessionId

async function refreshOnce(): Promise<string | null> {
  const before = tokenStorage.read()
  if (!before) return null
  return withRefreshLock(before.sessionId, async () => {
    const current = tokenStorage.read()
    if (!current) return null
    // While we waited for the lock, another tab refreshed and sent us its tokens.
    if (current.refreshToken !== before.refreshToken && access && Date.now() < access.refreshAt) return access.token
    try {
      const tokens = await refreshTokens(current.refreshToken)
      // Signed out (here or in another tab) while the answer travelled: it must not revive the session.
      if (!isStill(current.sessionId)) return null
      silentReauthAllowance.earn()
      return adopt(tokens, current.sessionId).token
    } catch (error) {
      if (!isRejectedGrant(error)) throw error // offline or a server failure: keep the session, fail the request
      const latest = tokenStorage.read()
      if (latest && latest.refreshToken !== current.refreshToken && access) return access.token
      const won = await nextTokensFor(current.sessionId, RACE_GRACE_MS)
      if (won) return won.accessToken
      // Refused because of a sign-out that has already ended this session: that end stands.
      if (!isStill(current.sessionId)) return null
      end('expired')
      return null
    }
  })
}

/**
 * One refresh at a time in this tab; concurrent callers share it. When it ended the session and a
 * listener sent the tab to re-authorize, they wait for the page to go instead.
 */
async function refresh(): Promise<string | null> {
  if (!refreshing) {
    // Cleared only if still the current one: a refresh outliving a reset must not drop a newer one.
    const current: Promise<string | null> = refreshOnce().finally(() => {
      if (refreshing === current) refreshing = null
    })
    refreshing = current
  }
  return (await refreshing) ?? departure?.held ?? null
}

export const session = {
  /** Signed in, or able to be again without the user: an access token, or a refresh token to get one. */
  isSignedIn(): boolean {
    return access !== null || tokenStorage.read() !== null
  },

  /** Starts a new sign-in's session in this tab. */
  start(tokens: TokenSet): void {
    unheardEnd = null
    releaseHeldRequests()
    adopt(tokens, crypto.randomUUID())
  },

  /** A token good for the next request, refreshed first when it is about to expire; null when signed out. */
  async getAccessToken(): Promise<string | null> {
    if (departure) return departure.held
    if (access && Date.now() < access.refreshAt) return access.token
    if (!tokenStorage.read()) return access && Date.now() < access.expiresAt ? access.token : null
    return refresh()
  },

  /** After a 401 for `usedToken`: a newer token if someone already refreshed, else one refresh. */
  async tokenAfterUnauthorized(usedToken: string | null): Promise<string | null> {
    if (departure) return departure.held
    if (access && access.token !== usedToken && Date.now() < access.expiresAt) return access.token
    access = null
    return refresh()
  },

  /** Revokes on the server (best effort: offline must still sign out here), then forgets everything. */
  async signOut(): Promise<void> {
    const stored = tokenStorage.read()
    const token = stored?.refreshToken ?? access?.token
    if (stored) broadcast({ type: 'signed-out', sessionId: stored.sessionId })
    end('signed_out')
    if (token) await revoke(token).catch(() => undefined)
  },

  /**
   * The server answered 401 to a token it had just refreshed: it issues tokens but no longer honours
   * them (the client's portal access was withdrawn). Another refresh would only meet the same answer,
   * so the session ends here, once, and its refresh token is revoked (best effort).
   */
  async endRefused(): Promise<void> {
    const token = tokenStorage.read()?.refreshToken
    end('access_withdrawn')
    if (token) await revoke(token).catch(() => undefined)
  },

  /** The signed-in client's id when this sign-in has learnt it (from `/me`); null before that. */
  clientId(): string | null {
    return tokenStorage.read()?.clientId ?? null
  },

  /** Remembers whose client this sign-in is, for as long as the sign-in lasts in this tab. */
  rememberClientId(clientId: string): void {
    const stored = tokenStorage.read()
    if (stored && stored.clientId !== clientId) tokenStorage.write({ ...stored, clientId })
  },

  /**
   * The tab is leaving for the authorization server once `leaving` resolves. Until the page is gone,
   * requests wait rather than fail, so nothing (a 401, the sign-in page) shows on the way out. If it
   * cannot leave after all, they go on without a token, as after any other end of the session; if a
   * new session starts in this same document, they go on and the 401 retry takes its token.
   */
  holdRequestsWhileLeaving(leaving: Promise<unknown>): void {
    let release: () => void = () => undefined
    const released = new Promise<null>((resolve) => {
      release = () => resolve(null)
    })
    const current = {
      held: leaving.then(
        () => released,
        () => {
          if (departure === current) departure = null
          return null
        },
      ),
      release,
    }
    departure = current
  },

  /** Forgets this tab's tokens without telling the server or the app: a clean slate for each test. */
  reset(): void {
    access = null
    refreshing = null
    unheardEnd = null
    releaseHeldRequests()
    tokenStorage.clear()
  },

  onEnd(listener: (reason: SessionEndReason) => void): () => void {
    endListeners.add(listener)
    const missed = unheardEnd
    unheardEnd = null
    if (missed) listener(missed)
    return () => endListeners.delete(listener)
  },
}
