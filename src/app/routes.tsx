import type { QueryClient } from '@tanstack/react-query'
import { redirect, type LoaderFunction, type RouteObject } from 'react-router-dom'
import { PageLoading } from '@/components/ui/page-loading'
import { signInPath } from '@/lib/auth/return-path'
import { session } from '@/lib/auth/session'
import { PAGE_MODULES } from './page-modules'
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
 * chunk (page-modules.ts has those a deep link's boot starts early). Loaders start the page's queries
 * at navigation without waiting for them, all in parallel, and the page reads the same queryOptions:
 * it shows skeletons at once and data as it lands.
 */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: PAGE_MODULES.signIn.path,
      errorElement: <RouteError />,
      HydrateFallback: PageLoading,
      lazy: async () => {
        const { SignInPage, signInLoader } = await PAGE_MODULES.signIn.load()
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
              path: PAGE_MODULES.projects.path,
              lazy: async () => {
                const { ProjectsPage, projectsLoader } = await PAGE_MODULES.projects.load()
                return { Component: ProjectsPage, loader: signedIn(projectsLoader(queryClient)) }
              },
            },
            {
              path: PAGE_MODULES.projectDetail.path,
              lazy: async () => {
                const { ProjectDetailPage, projectDetailLoader } = await PAGE_MODULES.projectDetail.load()
                return { Component: ProjectDetailPage, loader: signedIn(projectDetailLoader(queryClient)) }
              },
            },
            {
              path: PAGE_MODULES.invoices.path,
              lazy: async () => {
                const { InvoicesPage, invoicesLoader } = await PAGE_MODULES.invoices.load()
                return { Component: InvoicesPage, loader: signedIn(invoicesLoader(queryClient)) }
              },
            },
            {
              path: PAGE_MODULES.invoiceDetail.path,
              lazy: async () => {
                const { InvoiceDetailPage, invoiceDetailLoader } = await PAGE_MODULES.invoiceDetail.load()
                return { Component: InvoiceDetailPage, loader: signedIn(invoiceDetailLoader(queryClient)) }
              },
            },
            {
              path: PAGE_MODULES.statement.path,
              lazy: async () => {
                const { StatementPage, statementLoader } = await PAGE_MODULES.statement.load()
                return { Component: StatementPage, loader: signedIn(statementLoader(queryClient)) }
              },
            },
            {
              path: PAGE_MODULES.account.path,
              lazy: async () => {
                const { AccountPage, accountLoader } = await PAGE_MODULES.account.load()
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
