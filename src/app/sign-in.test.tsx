import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { db } from '../../mocks/db'
import { server } from '../../mocks/node'
import { SEED } from '../../mocks/seed'
import { session } from '@/lib/auth/session'
import { beginSignIn } from '@/lib/auth/sign-in-flow'
import { authorizeAs } from '@/test/authorize-as'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'

const goTo = vi.hoisted(() => vi.fn())
vi.mock('@/lib/browser/go-to', () => ({ goTo }))

/** Every value in both web storages, to look for tokens in them. */
function storedValues() {
  // eslint-disable-next-line no-restricted-syntax -- the test's point is to inspect localStorage
  const local = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '')
  const perTab = Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key) ?? '')
  return { local: local.join('\n'), perTab: perTab.join('\n') }
}

describe('signing in', () => {
  it('sends no API request for a signed-out visit', async () => {
    const requests: string[] = []
    const record = ({ request }: { request: Request }) => void requests.push(request.url)
    server.events.on('request:start', record)
    renderRoute('/invoices?status=overdue')
    expect(await screen.findByRole('heading', { name: 'Sign in to your client portal' })).toBeInTheDocument()
    server.events.removeListener('request:start', record)
    expect(requests).toEqual([])
  })

  it('sends a signed-out visitor to sign in, and back to the page they asked for', async () => {
    const view = renderRoute('/?view=balances')
    expect(await screen.findByRole('heading', { name: 'Sign in to your client portal' })).toBeInTheDocument()
    expect(view.router.state.location.search).toBe('?returnTo=%2F%3Fview%3Dbalances')

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(goTo).toHaveBeenCalledTimes(1))
    const authorizeUrl = new URL(goTo.mock.calls[0]![0] as string)
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256')
    expect(authorizeUrl.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(authorizeUrl.searchParams.get('state')).toEqual(expect.any(String))
    expect(authorizeUrl.searchParams.get('redirect_uri')).toBe(`${window.location.origin}/auth/callback`)

    await act(() => view.router.navigate(authorizeAs(authorizeUrl.href, SEED.users.ordinary)))
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
    expect(view.router.state.location.pathname + view.router.state.location.search).toBe('/?view=balances')
    const user = db.users.find((u) => u.id === SEED.users.ordinary)!
    expect(within(screen.getByRole('banner')).getByText(user.name)).toBeInTheDocument()
  })

  it('rejects a tampered state and keeps the visitor signed out', async () => {
    const authorizeUrl = await beginSignIn('/')
    const callback = authorizeAs(authorizeUrl, SEED.users.ordinary).replace(/state=[^&]+/, 'state=tampered')
    renderRoute(callback)
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be verified')
    expect(session.isSignedIn()).toBe(false)
  })

  it('rejects a replayed callback', async () => {
    // What reached the token endpoint: the authorization codes the app exchanged.
    const exchanged: Promise<string | null>[] = []
    const record = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/v1/oauth/token') {
        exchanged.push(request.clone().text().then((body) => new URLSearchParams(body).get('code')))
      }
    }
    server.events.on('request:start', record)
    onTestFinished(() => server.events.removeListener('request:start', record))

    // A real sign-in: the fake authorization server's callback, with its code and this sign-in's state.
    const authorizeUrl = new URL(await beginSignIn('/invoices'))
    const callback = authorizeAs(authorizeUrl.href, SEED.users.ordinary)
    const sent = new URL(callback, window.location.origin)
    expect(sent.pathname).toBe('/auth/callback')
    expect(sent.searchParams.get('state')).toBe(authorizeUrl.searchParams.get('state'))
    const view = renderRoute(callback)
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument()
    expect(session.isSignedIn()).toBe(true)
    expect(await Promise.all(exchanged)).toEqual([sent.searchParams.get('code')])
    await act(() => session.signOut())

    // The very same callback again: refused by the app itself, without sending the code anywhere.
    await act(() => view.router.navigate(callback))
    expect(await screen.findByRole('alert')).toHaveTextContent('already used or has expired')
    expect(view.router.state.location.pathname + view.router.state.location.search).toBe('/sign-in?error=no_pending_sign_in')
    expect(session.isSignedIn()).toBe(false)

    // Nor does it pass while another sign-in waits for its own callback: the state is not that one's.
    await beginSignIn('/')
    await act(() => view.router.navigate(callback))
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('could not be verified'))
    expect(view.router.state.location.search).toBe('?error=state_mismatch')
    expect(session.isSignedIn()).toBe(false)
    expect(exchanged).toHaveLength(1)
  })

  it('explains a callback without a code, and a cancelled sign-in', async () => {
    const first = new URL(await beginSignIn('/'))
    const view = renderRoute(`/auth/callback?state=${first.searchParams.get('state')}`)
    expect(await screen.findByRole('alert')).toHaveTextContent('did not finish signing you in')

    const second = new URL(await beginSignIn('/'))
    await act(() => view.router.navigate(`/auth/callback?error=access_denied&state=${second.searchParams.get('state')}`))
    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in was cancelled')
  })

  it('fails the exchange when the PKCE verifier does not match, and says so', async () => {
    const authorizeUrl = await beginSignIn('/')
    const pending = JSON.parse(sessionStorage.getItem('nextoria.portal.pending-sign-in')!) as Record<string, string>
    sessionStorage.setItem('nextoria.portal.pending-sign-in', JSON.stringify({ ...pending, codeVerifier: 'x'.repeat(43) }))
    renderRoute(authorizeAs(authorizeUrl, SEED.users.ordinary))
    expect(await screen.findByRole('alert')).toHaveTextContent('could not complete your sign-in')
    expect(session.isSignedIn()).toBe(false)
  })

  it('ignores a return address on another origin', async () => {
    const view = renderRoute('/sign-in?returnTo=https://evil.example/phish')
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(goTo).toHaveBeenCalled())
    const authorizeUrl = goTo.mock.lastCall![0] as string
    await act(() => view.router.navigate(authorizeAs(authorizeUrl, SEED.users.ordinary)))
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
    expect(view.router.state.location.pathname).toBe('/')
  })

  it('keeps no token in localStorage, and only the refresh token in sessionStorage', async () => {
    const view = renderRoute(authorizeAs(await beginSignIn('/'), SEED.users.ordinary))
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
    db.accessTokens = [] // force a refresh, so a rotated pair is stored too
    await act(() => view.router.navigate('/?again'))
    await screen.findByRole('heading', { level: 1, name: 'Overview' })

    const { local, perTab } = storedValues()
    expect(local).not.toMatch(/at_[0-9a-f]{48}|rt_[0-9a-f]{48}/)
    expect(perTab).not.toMatch(/at_[0-9a-f]{48}/)
    expect(perTab).toMatch(/rt_[0-9a-f]{48}/)
  })
})

describe('the session', () => {
  it('returns to sign-in when the refresh is refused, and back to the same page after signing in again', async () => {
    signInAs(SEED.users.ordinary)
    const view = renderRoute('/?view=balances')
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()

    db.accessTokens = []
    db.refreshTokens = []
    view.queryClient.clear()
    await act(() => view.router.navigate('/?view=balances&page=2'))

    // A refused refresh first tries one silent re-authorization; the authorization server has no
    // sign-in of the client's any more, so it answers login_required.
    await waitFor(() => expect(goTo).toHaveBeenCalled())
    const silent = new URL(goTo.mock.lastCall![0] as string)
    expect(silent.searchParams.get('prompt')).toBe('none')
    await act(() => view.router.navigate(`/auth/callback?error=login_required&state=${silent.searchParams.get('state')}`))
    goTo.mockClear()

    expect(await screen.findByRole('status')).toHaveTextContent('Your session has ended')
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(goTo).toHaveBeenCalled())
    await act(() => view.router.navigate(authorizeAs(goTo.mock.lastCall![0] as string, SEED.users.ordinary)))

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
    expect(view.router.state.location.search).toBe('?view=balances&page=2')
  })

  it('signs out: revokes, empties the cache, lands on sign-in, and the back button cannot return', async () => {
    signInAs(SEED.users.ordinary)
    const view = renderRoute('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
    expect(view.queryClient.getQueryCache().getAll().length).toBeGreaterThan(0)

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }))

    // The overview has a status region of its own (empty): wait for the sign-in page before reading one.
    expect(await screen.findByRole('heading', { name: 'Sign in to your client portal' })).toBeInTheDocument()
    expect(await screen.findByRole('status')).toHaveTextContent('You have signed out.')
    expect(view.queryClient.getQueryCache().getAll()).toEqual([])
    await waitFor(() => expect(db.refreshTokens).toEqual([]))
    expect(session.isSignedIn()).toBe(false)

    await act(() => view.router.navigate(-1))
    expect(await screen.findByRole('heading', { name: 'Sign in to your client portal' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Overview' })).not.toBeInTheDocument()
  })
})
