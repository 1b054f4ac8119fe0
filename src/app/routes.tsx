import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router-dom'
import { PageLoading } from '@/components/ui/page-loading'
import { RouteError } from './routes/route-error'

/**
 * The route table, shared by the browser router and tests' memory routers. Pages load lazily (one
 * chunk each) and their loaders start the page's queries at navigation, in parallel.
 */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/sign-in',
      errorElement: <RouteError />,
      HydrateFallback: PageLoading,
      lazy: async () => {
        const { SignInPage, signInLoader } = await import('./routes/sign-in')
        return { Component: SignInPage, loader: signInLoader }
      },
    },
    {
      path: '/auth/callback',
      errorElement: <RouteError />,
      HydrateFallback: PageLoading,
      lazy: async () => ({ loader: (await import('./routes/auth-callback')).authCallbackLoader }),
    },
    {
      path: '/',
      errorElement: <RouteError />,
      HydrateFallback: PageLoading,
      lazy: async () => {
        const { RootLayout, rootLoader } = await import('./routes/root-layout')
        return { Component: RootLayout, loader: rootLoader(queryClient) }
      },
      children: [
        {
          index: true,
          errorElement: <RouteError />,
          lazy: async () => {
            const { OverviewPage, overviewLoader } = await import('./routes/overview')
            return { Component: OverviewPage, loader: overviewLoader(queryClient) }
          },
        },
        {
          path: '*',
          lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundPage }),
        },
      ],
    },
  ]
}
