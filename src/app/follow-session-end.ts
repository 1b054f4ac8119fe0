import type { QueryClient } from '@tanstack/react-query'
import type { createMemoryRouter } from 'react-router-dom'
import { signInPath } from '@/lib/auth/return-path'
import { session } from '@/lib/auth/session'

type AppRouter = Pick<ReturnType<typeof createMemoryRouter>, 'navigate' | 'state'>

/**
 * However a session ends (refresh refused, signed out here or in another tab), nothing of the client's
 * data stays in memory, and the sign-in page says why, ready to come back to where they were.
 */
export function followSessionEnd(router: AppRouter, queryClient: QueryClient): () => void {
  return session.onEnd((reason) => {
    queryClient.clear()
    // Mid-navigation, the page the client was going to is the one to come back to.
    const { pathname, search } = router.state.navigation.location ?? router.state.location
    const returnTo = reason === 'expired' ? pathname + search : '/'
    void router.navigate(signInPath(returnTo, reason), { replace: true })
  })
}
