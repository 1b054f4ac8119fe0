import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
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
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { ...view, queryClient, router, stopFollowing }
}
