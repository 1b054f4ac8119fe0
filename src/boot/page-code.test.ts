import { SEED } from '../../mocks/seed'
import { PAGE_MODULES } from '@/app/page-modules'
import { signInAs } from '@/test/sign-in-as'
import { startPageCode } from './page-code'

/** Which pages' code `startPageCode(path)` asked for, none of it actually loaded. */
function pagesStartedAt(path: string): string[] {
  const started: string[] = []
  for (const [name, page] of Object.entries(PAGE_MODULES)) {
    // Never settles: the test asks only which page was asked for.
    vi.spyOn(page as { load: () => Promise<unknown> }, 'load').mockImplementation(() => {
      started.push(name)
      return new Promise(() => undefined)
    })
  }
  startPageCode(path)
  return started
}

describe('startPageCode, the boot’s start of a deep link’s page', () => {
  it('asks, signed in, for the code of the page at the address, and of no other', () => {
    signInAs(SEED.users.ordinary)
    expect(pagesStartedAt('/invoices/inv_1')).toEqual(['invoiceDetail'])
    expect(pagesStartedAt('/statement')).toEqual(['statement'])
  })

  it('asks for nothing where index.html preloads the page, or where there is no such page', () => {
    signInAs(SEED.users.ordinary)
    expect(pagesStartedAt('/')).toEqual([])
    expect(pagesStartedAt('/no-such-page')).toEqual([])
  })

  it('asks, signed out, for the sign-in page’s code wherever a signed-in page would send the tab to sign in', () => {
    expect(pagesStartedAt('/invoices')).toEqual(['signIn'])
    expect(pagesStartedAt('/')).toEqual(['signIn'])
    expect(pagesStartedAt('/sign-in')).toEqual(['signIn'])
  })

  it('asks on the sign-in page for its code, signed in too (its loader sends a signed-in tab on), and on the callback page for none', () => {
    signInAs(SEED.users.ordinary)
    expect(pagesStartedAt('/sign-in')).toEqual(['signIn'])
    expect(pagesStartedAt('/auth/callback')).toEqual([])
  })
})
