/*
 * The refresh token survives a reload in sessionStorage: it is per tab and gone when the tab closes.
 * Never localStorage, which outlives the session and is shared with every tab. The access token is
 * never stored at all; it lives in memory (session.ts).
 */
const KEY = 'nextoria.portal.session'

export type StoredSession = {
  /** Identifies one sign-in across tabs that share it, so tabs signed in separately never mix tokens. */
  sessionId: string
  refreshToken: string
  /**
   * Whose client this sign-in is (from `/me`), kept with the tokens so that after a reload the lists,
   * which name the client, start at once instead of after another `/me` round trip.
   */
  clientId?: string
}

export const tokenStorage = {
  read(): StoredSession | null {
    const raw = sessionStorage.getItem(KEY)
    if (!raw) return null
    try {
      const parsed = JSON.parse(raw) as Partial<StoredSession>
      if (!parsed.sessionId || !parsed.refreshToken) return null
      const stored: StoredSession = { sessionId: parsed.sessionId, refreshToken: parsed.refreshToken }
      if (typeof parsed.clientId === 'string' && parsed.clientId !== '') stored.clientId = parsed.clientId
      return stored
    } catch {
      return null
    }
  },
  write(session: StoredSession): void {
    sessionStorage.setItem(KEY, JSON.stringify(session))
  },
  clear(): void {
    sessionStorage.removeItem(KEY)
  },
}
