import type { QueryClient } from '@tanstack/react-query'
import type { createMemoryRouter } from 'react-router-dom'
import { signInPath } from '@/lib/auth/return-path'
import { session } from '@/lib/auth/session'
import { reauthorizeSilently } from '@/lib/auth/silent-reauthorization'

type AppRouter = Pick<ReturnType<typeof createMemoryRouter>, 'navigate' | 'state'>

/**
 * However a session ends (refresh refused, signed out here or in another tab), nothing of the client's
 * data stays in memory, and the sign-in page says why, ready to come back to where they were. A
 * refused refresh first gets one silent re-authorization, which lands back on that same page; a
 * sign-out never does, nor a server that refuses fresh tokens (that would only go round again).
 */
export function followSessionEnd(router: AppRouter, queryClient: QueryClient): () => void {
  return session.onEnd((reason) => {
    queryClient.clear()
    // Mid-navigation, the page the client was going to is the one to come back to.
    const { pathname, search } = router.state.navigation.location ?? router.state.location
    const returnTo = reason === 'signed_out' ? '/' : pathname + search
    const signInReason = reason === 'access_withdrawn' ? 'access_ended' : reason
    const showSignIn = () => void router.navigate(signInPath(returnTo, signInReason), { replace: true })
    if (reason === 'expired' && reauthorizeSilently(returnTo, showSignIn)) return
    showSignIn()
  })
}
