import { silentReauthAllowance } from './silent-reauth-allowance'

// The test setup clears it too; these tests also run without it (vitest.mutation.config.ts).
beforeEach(() => sessionStorage.clear())

describe('the silent re-authorization allowance', () => {
  it('is there in a fresh tab, gone once spent, back once earned', () => {
    expect(silentReauthAllowance.available()).toBe(true)
    silentReauthAllowance.spend()
    expect(silentReauthAllowance.available()).toBe(false)
    silentReauthAllowance.spend()
    expect(silentReauthAllowance.available()).toBe(false)
    silentReauthAllowance.earn()
    expect(silentReauthAllowance.available()).toBe(true)
  })

  it('lives in sessionStorage, to survive the round trip to the authorization server', () => {
    silentReauthAllowance.spend()
    expect(sessionStorage.getItem('nextoria.portal.silent-reauth-spent')).toBe('1')
    silentReauthAllowance.earn()
    expect(sessionStorage.getItem('nextoria.portal.silent-reauth-spent')).toBeNull()
  })
})
