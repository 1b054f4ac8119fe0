import { db } from './db'
import type { DbServerState } from './db-types'
import { mergePayments } from './payments'

/*
 * In the browser the fake API lives in each page, but a real server outlives reloads and is shared by
 * tabs. So the server's mutable state (sessions, used codes, payments) is kept in localStorage, re-read
 * before each request and written after each answer. It holds token hashes only, never a usable token.
 */
const KEY = 'nextoria.mock-server.v1'

type StoredState = DbServerState

// eslint-disable-next-line no-restricted-syntax -- the fake server's own store, holding only hashes
const storage = (): Storage => localStorage

export function restoreServerState(): void {
  const raw = storage().getItem(KEY)
  if (!raw) return
  try {
    const stored = JSON.parse(raw) as StoredState
    db.accessTokens = stored.accessTokens
    db.refreshTokens = stored.refreshTokens
    db.usedAuthCodes = stored.usedAuthCodes
    mergePayments(stored.payments ?? [])
  } catch {
    storage().removeItem(KEY)
  }
}

export function saveServerState(): void {
  const now = Date.now()
  const state: StoredState = {
    accessTokens: db.accessTokens.filter((t) => t.expires_at > now),
    refreshTokens: db.refreshTokens,
    usedAuthCodes: db.usedAuthCodes.slice(-200),
    payments: db.payments,
  }
  storage().setItem(KEY, JSON.stringify(state))
}

export function clearServerState(): void {
  storage().removeItem(KEY)
}
