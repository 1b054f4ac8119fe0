import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { createMemoryRouter } from 'react-router-dom'
import { App } from '@/app/app'
import { followSessionEnd } from '@/app/follow-session-end'
import { appRoutes } from '@/app/routes'

/** Renders the real route table at `path`, with a fresh cache that does not retry, as a user would land. */
export function renderRoute(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const router = createMemoryRouter(appRoutes(queryClient), { initialEntries: [path] })
  const stopFollowing = followSessionEnd(router, queryClient)
  // A listener left from an earlier test would act on this test's session ends (a silent re-authorization).
  onTestFinished(stopFollowing)
  const view = render(
    <App queryClient={queryClient} router={router} />,
  )
  return { ...view, queryClient, router, stopFollowing }
}
