import { useCallback, useSyncExternalStore } from 'react'

/** How many of a statement's payment-date lookups have come back, of how many it needs. */
export type StatementProgress = { done: number; total: number }

/**
 * How often the screen learns of progress. A large client's statement makes thousands of lookups, and
 * each need not be a render; a statement ready sooner than this shows no progress at all, rather than
 * a bar that flashes.
 */
export const PROGRESS_INTERVAL_MS = 150

/*
 * Outside React Query on purpose: the figure changes thousands of times while the statement's query
 * runs, and each cache write would notify every cache subscriber. What the query reports goes into
 * `reported`; the screen reads `shown`, which changes only when its subscribers are told.
 */
const reported = new Map<string, StatementProgress>()
let shown = new Map<string, StatementProgress>()
const listeners = new Set<() => void>()
let flushTimer: ReturnType<typeof setTimeout> | null = null

function flush() {
  flushTimer = null
  shown = new Map(reported)
  for (const listener of listeners) listener()
}

/** The statement's key here: the same client and end date as its query's key. */
export const statementProgressKey = (clientId: string, to: string) => JSON.stringify([clientId, to])

/** Called by the statement's query as lookups come back, and with null once it has ended in any way. */
export function reportStatementProgress(key: string, progress: StatementProgress | null): void {
  if (progress) reported.set(key, progress)
  else reported.delete(key)
  flushTimer ??= setTimeout(flush, PROGRESS_INTERVAL_MS)
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The progress last told to the screen for this statement, or null when there is none to show. */
export function useStatementProgress(key: string): StatementProgress | null {
  const read = useCallback(() => shown.get(key) ?? null, [key])
  return useSyncExternalStore(subscribe, read, () => null)
}
