/*
 * Tabs that share one sign-in (a tab opened from another copies its sessionStorage) share one chain
 * of rotating refresh tokens. A refresh token works once, so two tabs refreshing at the same moment
 * would log one of them out. They coordinate instead: a Web Lock lets one tab refresh at a time, and
 * the winner broadcasts the new tokens to the others.
 */
export type SessionMessage =
  | { type: 'tokens'; sessionId: string; accessToken: string; expiresAt: number; refreshAt: number; refreshToken: string }
  | { type: 'signed-out'; sessionId: string }

const CHANNEL = 'nextoria.portal.session'

let channel: BroadcastChannel | null = null
const listeners = new Set<(message: SessionMessage) => void>()

function open(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel
  channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = (event: MessageEvent<SessionMessage>) => listeners.forEach((listener) => listener(event.data))
  return channel
}

export function broadcast(message: SessionMessage): void {
  open()?.postMessage(message)
}

export function onSessionMessage(listener: (message: SessionMessage) => void): () => void {
  open()
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Resolves with the next token broadcast for this session, or null after `ms`. */
export function nextTokensFor(sessionId: string, ms: number): Promise<Extract<SessionMessage, { type: 'tokens' }> | null> {
  return new Promise((resolve) => {
    const stop = onSessionMessage((message) => {
      if (message.type === 'tokens' && message.sessionId === sessionId) {
        clearTimeout(timer)
        stop()
        resolve(message)
      }
    })
    const timer = setTimeout(() => {
      stop()
      resolve(null)
    }, ms)
  })
}

/** Runs `task` while holding this session's refresh lock (in every tab of this origin), where supported. */
export function withRefreshLock<T>(sessionId: string, task: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return task()
  return navigator.locks.request(`nextoria.portal.refresh.${sessionId}`, task) as Promise<T>
}
