import { matchRoutes } from 'react-router-dom'
import { createQueryClient } from '@/lib/api/query-client'
import { PAGE_MODULES, pageModuleAt } from './page-modules'
import { appRoutes } from './routes'

/** The path of the deepest route the router matches at `pathname`. */
function routerPathAt(pathname: string): string | undefined {
  return matchRoutes(appRoutes(createQueryClient()), pathname)?.at(-1)?.route.path
}

describe('pageModuleAt, which the boot uses to start a deep link’s page early', () => {
  it.each([
    ['/projects', PAGE_MODULES.projects],
    ['/projects/', PAGE_MODULES.projects],
    ['/projects/prj_1', PAGE_MODULES.projectDetail],
    ['/Invoices/inv_1/', PAGE_MODULES.invoiceDetail],
    ['/invoices', PAGE_MODULES.invoices],
    ['/statement', PAGE_MODULES.statement],
    ['/account', PAGE_MODULES.account],
    ['/sign-in', PAGE_MODULES.signIn],
  ])('finds at %s the page the router renders there', (pathname, page) => {
    expect(pageModuleAt(pathname)).toBe(page)
    expect(routerPathAt(pathname)).toBe(page.path)
  })

  it.each(['/', '/auth/callback', '/invoices/inv_1/extra', '/projectsx', '/no-such-page'])(
    'finds nothing at %s, where the router renders no such page',
    (pathname) => {
      expect(pageModuleAt(pathname)).toBeUndefined()
      expect(Object.values(PAGE_MODULES).map((page) => page.path)).not.toContain(routerPathAt(pathname))
    },
  )
})
