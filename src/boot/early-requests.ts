import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { meQuery } from '@/features/account'
import { session } from '@/lib/auth/session'
import { overviewRequests } from './overview-requests'
import { queryRequest, type EarlyRequest } from './page-requests'

/** Requests the boot sent before there was a cache, to be handed to it. */
export type EarlyRequests = {
  /** The query keys sent, in order (for tests and the benchmark's eyes). */
  readonly queryKeys: readonly QueryKey[]
  /** Settles when every one of them has its answer (or has failed); at once when none was sent. */
  settled(): Promise<void>
  /** Call once, on the fresh cache, before the router exists: its loaders then join these requests. */
  adoptInto(queryClient: QueryClient): void
}

/** Pages that need the session: all but signing in and the OAuth callback (which makes a new one). */
export const isSignedInPage = (path: string) => path !== '/sign-in' && !path.startsWith('/auth/')

/**
 * The first thing the portal does, before React and React Query have loaded: when this tab holds a
 * session, it asks for who is signed in (`/me`, which every page's frame needs; its request makes the
 * session refresh the access token first, as any request would) and, on the overview, for the
 * overview's lists, which name the client the session already knows after a reload. Every request goes
 * through the app's one client and its middleware, so the session alone refreshes tokens, shares one
 * refresh between them, and coordinates with other tabs as always.
 *
 * Without a session, or on the sign-in and callback pages, it sends nothing.
 */
export function startEarlyRequests(path: string): EarlyRequests {
  if (!isSignedInPage(path) || !session.isSignedIn()) return { queryKeys: [], settled: () => Promise.resolve(), adoptInto: () => undefined }
  const clientId = session.clientId()
  const requests = [queryRequest(meQuery), ...(path === '/' && clientId ? overviewRequests(clientId) : [])]
  const sent: EarlyRequest[] = requests.map((request) => request.startEarly())
  return {
    queryKeys: sent.map((request) => request.queryKey),
    settled: () => Promise.all(sent.map((request) => request.settled)).then(() => undefined),
    adoptInto(queryClient) {
      // Ended meanwhile (refused, or signed out in another tab): nothing of it belongs in the new cache.
      if (!session.isSignedIn()) return
      for (const request of sent) request.adoptInto(queryClient)
    },
  }
}
