import type { QueryClient } from '@tanstack/react-query'
import { session } from '@/lib/auth/session'
import { meQuery } from './me-query'

/**
 * The signed-in client's id, which every list names. The session keeps it once `/me` has told it, so
 * after a reload the lists start with `/me` instead of after it; only a fresh sign-in waits for `/me`.
 */
export async function signedInClientId(queryClient: QueryClient): Promise<string> {
  return session.clientId() ?? (await queryClient.ensureQueryData(meQuery)).client_id
}

/**
 * Starts a page's queries from its loader as soon as the client id is known, without holding up
 * the navigation. A failing `/me` is the shell's to show (the root loader awaits it), not this one's.
 */
export function prefetchForClient(queryClient: QueryClient, start: (clientId: string) => void): void {
  signedInClientId(queryClient).then(start, () => undefined)
}
