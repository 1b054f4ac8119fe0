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

  it('asks for nothing signed out, or on the pages of signing in, which a signed-in page’s code cannot serve', () => {
    expect(pagesStartedAt('/invoices')).toEqual([])
    signInAs(SEED.users.ordinary)
    expect(pagesStartedAt('/sign-in')).toEqual([])
    expect(pagesStartedAt('/auth/callback')).toEqual([])
  })
})
