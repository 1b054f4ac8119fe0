import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as untypedHttp, HttpResponse } from 'msw'
import { rotateRefreshToken } from '../../mocks/auth'
import { db } from '../../mocks/db'
import { server } from '../../mocks/node'
import { SEED } from '../../mocks/seed'
import { asInBrowser, sleep } from '@/test/as-in-browser'
import { authorizeAs } from '@/test/authorize-as'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'

const goTo = vi.hoisted(() => vi.fn())
vi.mock('@/lib/browser/go-to', () => ({ goTo }))

const PAGE = '/invoices?status=paid'
const SIGN_IN_HEADING = { name: 'Sign in to your client portal' }
const userName = (id: string) => db.users.find((u) => u.id === id)!.name

// Each refused refresh first waits out the session's race grace (1.5 s) for another tab's tokens.
const SLOW = { timeout: 15_000 }

beforeEach(() => goTo.mockReset())

/** renderRoute, whose session-end listener leaves with the test: a stale one would spend the allowance. */
function renderPage(path: string) {
  const view = renderRoute(path)
  onTestFinished(view.stopFollowing)
  return view
}
type View = ReturnType<typeof renderPage>

const here = (view: View) => view.router.state.location.pathname + view.router.state.location.search

/** Signed in as the ordinary client, on PAGE with its data shown. */
async function signedInOnPage() {
  const tokens = signInAs(SEED.users.ordinary)
  const view = renderPage(PAGE)
  expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument()
  return { view, tokens }
}

/**
 * What a reload in the middle of a refresh leaves behind: the server has rotated the refresh token
 * this tab holds, and the tab has no access token. The next request meets a refused refresh.
 */
function refreshRefusedAfterRotation(view: View, refreshToken: string): void {
  expect(rotateRefreshToken(refreshToken)).not.toBeNull()
  db.accessTokens = []
  view.queryClient.clear()
  // Not awaited: once the tab leaves to re-authorize, its requests wait for the page to go, so this
  // navigation never settles (as in a browser, where the page is gone); an act() left pending would
  // stall every later render in the file.
  act(() => {
    void view.router.navigate(`${PAGE}&again=1`)
  })
}

/** The authorization requests the tab left for, as URLs. */
const authorizeRequests = () => goTo.mock.calls.map(([url]) => new URL(url as string))

describe('silent re-authorization after a refused refresh', SLOW, () => {
  it('leaves once for the authorization server with prompt=none, and comes back to the same page and query', async () => {
    const { view, tokens } = await signedInOnPage()
    refreshRefusedAfterRotation(view, tokens.refresh_token)

    await waitFor(() => expect(goTo).toHaveBeenCalledTimes(1))
    const [authorize] = authorizeRequests()
    expect(authorize!.searchParams.get('prompt')).toBe('none')
    expect(authorize!.searchParams.get('code_challenge_method')).toBe('S256')
    expect(authorize!.searchParams.get('state')).toEqual(expect.any(String))
    // On the way out nothing shows the sign-in page, and the router stays where the client was going.
    expect(screen.queryByRole('heading', SIGN_IN_HEADING)).not.toBeInTheDocument()
    expect(here(view)).toBe(`${PAGE}&again=1`)

    await act(() => view.router.navigate(authorizeAs(authorize!.href, SEED.users.ordinary)))
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument()
    expect(here(view)).toBe(`${PAGE}&again=1`)
    expect(within(screen.getByRole('banner')).getByText(userName(SEED.users.ordinary))).toBeInTheDocument()
    expect(goTo).toHaveBeenCalledTimes(1)
  })

  it.each(['login_required', 'interaction_required', 'consent_required', 'server_error'])(
    'shows the sign-in page on %s, and returns to the same page and query after signing in',
    async (error) => {
      const { view, tokens } = await signedInOnPage()
      refreshRefusedAfterRotation(view, tokens.refresh_token)
      await waitFor(() => expect(goTo).toHaveBeenCalledTimes(1))
      const state = authorizeRequests()[0]!.searchParams.get('state')!

      await act(() => view.router.navigate(`/auth/callback?${new URLSearchParams({ error, state })}`))
      expect(await screen.findByRole('status')).toHaveTextContent('Your session has ended')
      expect(view.router.state.location.search).toBe(`?reason=expired&returnTo=${encodeURIComponent(`${PAGE}&again=1`)}`)

      await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
      await waitFor(() => expect(goTo).toHaveBeenCalledTimes(2))
      const interactive = authorizeRequests()[1]!
      expect(interactive.searchParams.has('prompt')).toBe(false)
      await act(() => view.router.navigate(authorizeAs(interactive.href, SEED.users.ordinary)))
      expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument()
      expect(here(view)).toBe(`${PAGE}&again=1`)
    },
  )

  it('treats a silent answer with a foreign state as a failed attempt: the sign-in page, no session', async () => {
    const { view, tokens } = await signedInOnPage()
    refreshRefusedAfterRotation(view, tokens.refresh_token)
    await waitFor(() => expect(goTo).toHaveBeenCalledTimes(1))
    const callback = authorizeAs(authorizeRequests()[0]!.href, SEED.users.ordinary).replace(/state=[^&]+/, 'state=forged')

    await act(() => view.router.navigate(callback))
    expect(await screen.findByRole('status')).toHaveTextContent('Your session has ended')
    expect(db.usedAuthCodes).toEqual([])
  })

  it('never loops: a refusal right after a silent sign-in goes straight to the sign-in page', async () => {
    const { view, tokens } = await signedInOnPage()
    refreshRefusedAfterRotation(view, tokens.refresh_token)
    await waitFor(() => expect(goTo).toHaveBeenCalledTimes(1))
    await act(() => view.router.navigate(authorizeAs(authorizeRequests()[0]!.href, SEED.users.ordinary)))
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument()

    db.accessTokens = []
    db.refreshTokens = []
    view.queryClient.clear()
    await act(() => view.router.navigate(PAGE))

    expect(await screen.findByRole('status')).toHaveTextContent('Your session has ended')
    expect(view.router.state.location.search).toBe(`?reason=expired&returnTo=${encodeURIComponent(PAGE)}`)
    expect(goTo).toHaveBeenCalledTimes(1)
  })

  it('may try again once the restored session has proved itself with a successful refresh', async () => {
    const { view, tokens } = await signedInOnPage()
    refreshRefusedAfterRotation(view, tokens.refresh_token)
    await waitFor(() => expect(goTo).toHaveBeenCalledTimes(1))
    await act(() => view.router.navigate(authorizeAs(authorizeRequests()[0]!.href, SEED.users.ordinary)))
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument()

    db.accessTokens = [] // one accepted refresh
    view.queryClient.clear()
    await act(() => view.router.navigate(`${PAGE}&proved=1`))
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument()
    const refreshToken = JSON.parse(sessionStorage.getItem('nextoria.portal.session')!) as { refreshToken: string }
    refreshRefusedAfterRotation(view, refreshToken.refreshToken)

    await waitFor(() => expect(goTo).toHaveBeenCalledTimes(2))
    expect(authorizeRequests()[1]!.searchParams.get('prompt')).toBe('none')
  })
})

describe('when the tab cannot leave for the authorization server', SLOW, () => {
  it('shows the sign-in page as before, coming back to the same page', async () => {
    goTo.mockImplementationOnce(() => {
      throw new Error('navigation blocked')
    })
    const { view, tokens } = await signedInOnPage()
    refreshRefusedAfterRotation(view, tokens.refresh_token)

    expect(await screen.findByText('Your session has ended', { exact: false })).toBeInTheDocument()
    expect(view.router.state.location.search).toBe(`?reason=expired&returnTo=${encodeURIComponent(`${PAGE}&again=1`)}`)
    expect(goTo).toHaveBeenCalledTimes(1)
  })
})

describe('no silent re-authorization', SLOW, () => {
  it('on a first visit: the sign-in page, and no authorization request', async () => {
    const first = renderPage(PAGE)
    expect(await screen.findByRole('heading', SIGN_IN_HEADING)).toBeInTheDocument()
    first.unmount()
    // Not even when a link says the session expired: there was none.
    renderPage('/sign-in?reason=expired&returnTo=%2Finvoices')
    expect(await screen.findByText('Your session has ended', { exact: false })).toBeInTheDocument()
    expect(goTo).not.toHaveBeenCalled()
  })

  it('after signing out in this tab', async () => {
    const { view } = await signedInOnPage()
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }))
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument()
    await act(() => view.router.navigate(PAGE))
    expect(await screen.findByRole('heading', SIGN_IN_HEADING)).toBeInTheDocument()
    expect(goTo).not.toHaveBeenCalled()
  })

  it('after a sign-out in another tab, even when a refresh refused by it was in flight', async () => {
    const { view } = await signedInOnPage()
    const { sessionId } = JSON.parse(sessionStorage.getItem('nextoria.portal.session')!) as { sessionId: string }
    let reached!: () => void
    const refreshReached = new Promise<void>((resolve) => (reached = resolve))
    let refuse!: () => void
    const refusal = new Promise<void>((resolve) => (refuse = resolve))
    server.use(
      untypedHttp.post('*/v1/oauth/token', async () => {
        reached()
        await refusal
        return HttpResponse.json({ error: 'invalid_grant', error_description: 'Revoked.' }, { status: 400 })
      }),
    )
    db.accessTokens = []
    view.queryClient.clear()

    // Rendered as the browser would, while the navigation waits on the refresh (see asInBrowser).
    await asInBrowser(async () => {
      void view.router.navigate(`${PAGE}&again=1`)
      await refreshReached
      const otherTab = new BroadcastChannel('nextoria.portal.session')
      otherTab.postMessage({ type: 'signed-out', sessionId })
      otherTab.close()
      expect(await screen.findByText('You have signed out.')).toBeInTheDocument()
      refuse()
      await sleep(2_000) // past the refusal and its race grace
    })
    expect(screen.getByText('You have signed out.')).toBeInTheDocument()
    expect(goTo).not.toHaveBeenCalled()
  })
})
