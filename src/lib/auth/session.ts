import { isRejectedGrant, refreshTokens, revoke, type TokenSet } from './oauth-client'
import { broadcast, nextTokensFor, onSessionMessage, withRefreshLock } from './session-channel'
import { tokenStorage } from './token-storage'

export type SessionEndReason = 'expired' | 'signed_out'

type AccessToken = { token: string; expiresAt: number; refreshAt: number }

/** How long another tab's broadcast may take to arrive after it won a refresh race. */
const RACE_GRACE_MS = 1_500

let access: AccessToken | null = null
let refreshing: Promise<string | null> | null = null
const endListeners = new Set<(reason: SessionEndReason) => void>()

/** Refresh a quarter of the lifetime early (at most 30 s), so a request never leaves with a dying token. */
function accessTokenFrom(tokens: TokenSet, now = Date.now()): AccessToken {
  const lifetime = tokens.expiresIn * 1000
  return { token: tokens.accessToken, expiresAt: now + lifetime, refreshAt: now + lifetime - Math.min(30_000, lifetime / 4) }
}

function adopt(tokens: TokenSet, sessionId: string): AccessToken {
  access = accessTokenFrom(tokens)
  tokenStorage.write({ sessionId, refreshToken: tokens.refreshToken })
  broadcast({ type: 'tokens', sessionId, ...access, accessToken: access.token, refreshToken: tokens.refreshToken })
  return access
}

function end(reason: SessionEndReason): void {
  access = null
  tokenStorage.clear()
  endListeners.forEach((listener) => listener(reason))
}

// Another tab of this same sign-in refreshed or signed out: follow it.
onSessionMessage((message) => {
  const stored = tokenStorage.read()
  if (!stored || message.sessionId !== stored.sessionId) return
  if (message.type === 'signed-out') return end('signed_out')
  access = { token: message.accessToken, expiresAt: message.expiresAt, refreshAt: message.refreshAt }
  tokenStorage.write({ sessionId: stored.sessionId, refreshToken: message.refreshToken })
})

async function refreshOnce(): Promise<string | null> {
  const before = tokenStorage.read()
  if (!before) return null
  return withRefreshLock(before.sessionId, async () => {
    const current = tokenStorage.read()
    if (!current) return null
    // While we waited for the lock, another tab refreshed and sent us its tokens.
    if (current.refreshToken !== before.refreshToken && access && Date.now() < access.refreshAt) return access.token
    try {
      return adopt(await refreshTokens(current.refreshToken), current.sessionId).token
    } catch (error) {
      if (!isRejectedGrant(error)) throw error // offline or a server failure: keep the session, fail the request
      const latest = tokenStorage.read()
      if (latest && latest.refreshToken !== current.refreshToken && access) return access.token
      const won = await nextTokensFor(current.sessionId, RACE_GRACE_MS)
      if (won) return won.accessToken
      end('expired')
      return null
    }
  })
}

/** One refresh at a time in this tab; concurrent callers share it. */
function refresh(): Promise<string | null> {
  refreshing ??= refreshOnce().finally(() => {
    refreshing = null
  })
  return refreshing
}

export const session = {
  /** Signed in, or able to be again without the user: an access token, or a refresh token to get one. */
  isSignedIn(): boolean {
    return access !== null || tokenStorage.read() !== null
  },

  /** Starts a new sign-in's session in this tab. */
  start(tokens: TokenSet): void {
    adopt(tokens, crypto.randomUUID())
  },

  /** A token good for the next request, refreshed first when it is about to expire; null when signed out. */
  async getAccessToken(): Promise<string | null> {
    if (access && Date.now() < access.refreshAt) return access.token
    if (!tokenStorage.read()) return access && Date.now() < access.expiresAt ? access.token : null
    return refresh()
  },

  /** After a 401 for `usedToken`: a newer token if someone already refreshed, else one refresh. */
  async tokenAfterUnauthorized(usedToken: string | null): Promise<string | null> {
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

  /** Forgets this tab's tokens without telling the server or the app: a clean slate for each test. */
  reset(): void {
    access = null
    refreshing = null
    tokenStorage.clear()
  },

  onEnd(listener: (reason: SessionEndReason) => void): () => void {
    endListeners.add(listener)
    return () => endListeners.delete(listener)
  },
}
