import { session } from './session'
import { reauthorizeSilently } from './silent-reauthorization'
import { silentReauthAllowance } from './silent-reauth-allowance'

const goTo = vi.hoisted(() => vi.fn())
vi.mock('@/lib/browser/go-to', () => ({ goTo }))
beforeEach(() => goTo.mockReset())

/** Lets what is already queued run (a refused attempt would have started by then). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
/** Starting an attempt computes the PKCE challenge (WebCrypto) before the tab can leave. */
const left = () => vi.waitFor(() => expect(goTo).toHaveBeenCalledTimes(1))

describe('a silent re-authorization', () => {
  it('leaves once for the authorization server, unseen, coming back to the same place', async () => {
    const orElse = vi.fn()
    expect(reauthorizeSilently('/invoices?status=sent', orElse)).toBe(true)
    await left()
    const url = new URL(goTo.mock.calls[0]![0] as string)
    expect(url.searchParams.get('prompt')).toBe('none')
    const pending = JSON.parse(sessionStorage.getItem('nextoria.portal.pending-sign-in')!) as Record<string, unknown>
    expect(pending).toMatchObject({ returnTo: '/invoices?status=sent', silent: true, state: url.searchParams.get('state') })
    expect(orElse).not.toHaveBeenCalled()
  })

  it('spends the allowance: a second attempt before the session proves itself is refused', async () => {
    expect(reauthorizeSilently('/', () => undefined)).toBe(true)
    expect(silentReauthAllowance.available()).toBe(false)
    await left()
    goTo.mockClear()
    expect(reauthorizeSilently('/', () => undefined)).toBe(false)
    await settle()
    expect(goTo).not.toHaveBeenCalled()
  })

  it('holds requests while the tab leaves, so nothing fails on the way out', async () => {
    reauthorizeSilently('/', () => undefined)
    let answered = false
    void session.getAccessToken().then(() => (answered = true))
    await left()
    await settle()
    expect(answered).toBe(false)
    session.reset() // what a new session in this document would do: the held requests go on
    await vi.waitFor(() => expect(answered).toBe(true))
  })

  it('shows the sign-in page instead when the tab cannot leave', async () => {
    goTo.mockImplementationOnce(() => {
      throw new Error('navigation blocked')
    })
    const orElse = vi.fn()
    expect(reauthorizeSilently('/', orElse)).toBe(true)
    await vi.waitFor(() => expect(orElse).toHaveBeenCalledTimes(1))
    // Requests no longer wait for a departure that will not happen: signed out, they get no token.
    await expect(session.getAccessToken()).resolves.toBeNull()
  })
})
