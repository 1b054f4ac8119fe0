import type { QueryClient } from '@tanstack/react-query'
import { redirect, type LoaderFunction, type RouteObject } from 'react-router-dom'
import { PageLoading } from '@/components/ui/page-loading'
import { signInPath } from '@/lib/auth/return-path'
import { session } from '@/lib/auth/session'
import { RouteError } from './routes/route-error'

/**
 * React Router runs a page's loader alongside its layout's, so the layout's sign-in check alone would
 * still let a signed-out visit fire the page's requests. Every signed-in page's loader checks first.
 *
 * A session can end before the router exists (the boot's early refresh refused): the session then
 * tells the app when it subscribes, and the tab may leave at once to re-authorize. While it leaves, the
 * session holds requests rather than answer them; the check waits with them, so the sign-in page does
 * not flash on the way out. Signed out and staying, it answers at once.
 */
function signedIn(loader: LoaderFunction): LoaderFunction {
  return async (args) => {
    if (!session.isSignedIn()) {
      await session.getAccessToken()
      const url = new URL(args.request.url)
      throw redirect(signInPath(url.pathname + url.search))
    }
    return loader(args)
  }
}

/**
 * The route table, shared by the browser router and tests' memory routers. Each page is its own lazy
 * chunk. Loaders start the page's queries at navigation without waiting for them, all in parallel,
 * and the page reads the same queryOptions: it shows skeletons at once and data as it lands.
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
      // The loader always redirects; the page only ever shows while it works.
      Component: PageLoading,
      lazy: async () => ({ loader: (await import('./routes/auth-callback')).authCallbackLoader }),
    },
    {
      path: '/',
      errorElement: <RouteError />,
      HydrateFallback: PageLoading,
      lazy: async () => {
        const { RootLayout, rootLoader } = await import('./routes/root-layout')
        return { Component: RootLayout, loader: signedIn(rootLoader(queryClient)) }
      },
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              lazy: async () => {
                const { OverviewPage, overviewLoader } = await import('./routes/overview')
                return { Component: OverviewPage, loader: signedIn(overviewLoader(queryClient)) }
              },
            },
            {
              path: 'projects',
              lazy: async () => {
                const { ProjectsPage, projectsLoader } = await import('./routes/projects')
                return { Component: ProjectsPage, loader: signedIn(projectsLoader(queryClient)) }
              },
            },
            {
              path: 'projects/:projectId',
              lazy: async () => {
                const { ProjectDetailPage, projectDetailLoader } = await import('./routes/project-detail')
                return { Component: ProjectDetailPage, loader: signedIn(projectDetailLoader(queryClient)) }
              },
            },
            {
              path: 'invoices',
              lazy: async () => {
                const { InvoicesPage, invoicesLoader } = await import('./routes/invoices')
                return { Component: InvoicesPage, loader: signedIn(invoicesLoader(queryClient)) }
              },
            },
            {
              path: 'invoices/:invoiceId',
              lazy: async () => {
                const { InvoiceDetailPage, invoiceDetailLoader } = await import('./routes/invoice-detail')
                return { Component: InvoiceDetailPage, loader: signedIn(invoiceDetailLoader(queryClient)) }
              },
            },
            {
              path: 'statement',
              lazy: async () => {
                const { StatementPage, statementLoader } = await import('./routes/statement')
                return { Component: StatementPage, loader: signedIn(statementLoader(queryClient)) }
              },
            },
            {
              path: 'account',
              lazy: async () => {
                const { AccountPage, accountLoader } = await import('./routes/account')
                return { Component: AccountPage, loader: signedIn(accountLoader(queryClient)) }
              },
            },
            {
              path: '*',
              lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundPage }),
            },
          ],
        },
      ],
    },
  ]
}
