/*
 * The pages a deep link can land on whose code index.html does not preload, each with its address and
 * its module, for two readers: the route table (routes.tsx), which loads a page's module when the
 * router first renders it, and the boot (src/main.tsx), which starts that download before the app has
 * even arrived, so a deep link's page does not wait for the app's chunk to run first (the router's own
 * `import()` then joins it). The boot carries this file: its modules are only ever `import()`ed here.
 * The sign-in page is among them: a signed-in reload, the overview's, should not share its bandwidth
 * with a page it will not show, so the boot starts it only where it will (src/boot/page-code.ts).
 */
export const PAGE_MODULES = {
  signIn: { path: '/sign-in', load: () => import('./routes/sign-in') },
  projects: { path: 'projects', load: () => import('./routes/projects') },
  projectDetail: { path: 'projects/:projectId', load: () => import('./routes/project-detail') },
  invoices: { path: 'invoices', load: () => import('./routes/invoices') },
  invoiceDetail: { path: 'invoices/:invoiceId', load: () => import('./routes/invoice-detail') },
  statement: { path: 'statement', load: () => import('./routes/statement') },
  account: { path: 'account', load: () => import('./routes/account') },
} as const

type PageModule = (typeof PAGE_MODULES)[keyof typeof PAGE_MODULES]

/**
 * The page at `pathname`, matched as the router matches these paths (case aside, a `:param` is any one
 * segment, a trailing slash is allowed), or undefined for every other address.
 */
export function pageModuleAt(pathname: string): PageModule | undefined {
  const segments = pathname.toLowerCase().split('/').filter(Boolean)
  return Object.values(PAGE_MODULES).find(({ path }) => {
    const parts = path.split('/').filter(Boolean)
    return parts.length === segments.length && parts.every((part, i) => part.startsWith(':') || part === segments[i])
  })
}
