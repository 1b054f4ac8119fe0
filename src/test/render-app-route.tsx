import { render } from '@testing-library/react'
import { createMemoryRouter } from 'react-router-dom'
import { App } from '@/app/app'
import { followSessionEnd } from '@/app/follow-session-end'
import { appRoutes } from '@/app/routes'
import { createQueryClient } from '@/lib/api/query-client'

/**
 * Like `renderRoute`, but with the app's own QueryClient (retries with backoff, `Retry-After`,
 * refetch on reconnect) instead of a cache that never retries: for tests of what resilience does.
 */
export function renderAppRoute(path: string) {
  const queryClient = createQueryClient()
  const router = createMemoryRouter(appRoutes(queryClient), { initialEntries: [path] })
  const stopFollowing = followSessionEnd(router, queryClient)
  const view = render(
    <App queryClient={queryClient} router={router} />,
  )
  onTestFinished(() => {
    stopFollowing()
    queryClient.clear()
  })
  return { ...view, queryClient, router, stopFollowing }
}
