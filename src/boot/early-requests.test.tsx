import type { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import { createMemoryRouter } from 'react-router-dom'
import { App } from '@/app/app'
import { rotateRefreshToken } from '../../mocks/auth'
import { server } from '../../mocks/node'
import { SEED } from '../../mocks/seed'
import { followSessionEnd } from '@/app/follow-session-end'
import { appRoutes } from '@/app/routes'
import { createQueryClient } from '@/lib/api/query-client'
import { session } from '@/lib/auth/session'
import { silentReauthAllowance } from '@/lib/auth/silent-reauth-allowance'
import { tokenStorage } from '@/lib/auth/token-storage'
import { money, sum, dueOf, visibleInvoicesOf, isOpen } from '@/test/seed-facts'
import { signInAs } from '@/test/sign-in-as'
import { startEarlyRequests } from './early-requests'

const goTo = vi.hoisted(() => vi.fn())
vi.mock('@/lib/browser/go-to', () => ({ goTo }))
beforeEach(() => goTo.mockReset())

/** Every request that reached the fake API, as `METHOD /path?status=…` (the lists told apart by status). */
function recordRequests() {
  const seen: string[] = []
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    const status = url.searchParams.get('status')
    seen.push(`${request.method} ${url.pathname}${status ? `?status=${status}` : ''}`)
  }
  server.events.on('request:start', listener)
  onTestFinished(() => server.events.removeListener('request:start', listener))
  return seen
}

/** What a reload of a signed-in tab leaves: the refresh token and the client id in sessionStorage, no access token. */
function reloadedSignedIn() {
  signInAs(SEED.users.ordinary)
  session.rememberClientId(SEED.clients.ordinary)
  const stored = tokenStorage.read()!
  session.reset()
  tokenStorage.write(stored)
}

/** The app's route table at `path` on `queryClient`, as src/boot/start-app.tsx starts it (a memory router here). */
function renderApp(path: string, queryClient: QueryClient) {
  const router = createMemoryRouter(appRoutes(queryClient), { initialEntries: [path] })
  onTestFinished(followSessionEnd(router, queryClient))
  render(<App queryClient={queryClient} router={router} />)
}

// The app's own cache (src/boot/start-app.tsx): its staleTime keeps a component from refetching what just came.
const freshCache = () => createQueryClient()
const count = (seen: string[], request: string) => seen.filter((r) => r === request).length

async function overviewShown() {
  const outstanding = sum(visibleInvoicesOf(SEED.clients.ordinary).filter((inv) => isOpen(inv.status)).map(dueOf))
  const panel = await screen.findByRole('region', { name: 'Outstanding balance' })
  await waitFor(() => expect(within(panel).getByText(money(outstanding, 'USD'))).toBeInTheDocument())
  await waitFor(() => expect(screen.queryAllByRole('status', { busy: true })).toEqual([]))
}

describe('the boot’s requests before React', () => {
  it('on a reload of the overview: one token refresh, one /me and one request per list, the cache adopting them', async () => {
    reloadedSignedIn()
    const seen = recordRequests()

    const early = startEarlyRequests('/')
    expect(early.queryKeys.map((key) => key[0])).toEqual(['me', 'invoices', 'invoices', 'invoices', 'projects'])
    const queryClient = freshCache()
    early.adoptInto(queryClient)
    renderApp('/', queryClient)
    await overviewShown()

    expect(count(seen, 'POST /v1/oauth/token')).toBe(1)
    expect(count(seen, 'GET /v1/me')).toBe(1)
    for (const status of ['sent', 'overdue', 'paid']) expect(count(seen, `GET /v1/invoices?status=${status}`), status).toBe(1)
    expect(count(seen, 'GET /v1/projects')).toBe(1)
    expect(seen).toHaveLength(6)
  })

  it('sends each of them again when nothing adopts them (so the test above can fail)', async () => {
    reloadedSignedIn()
    const seen = recordRequests()

    startEarlyRequests('/')
    renderApp('/', freshCache())
    await overviewShown()

    expect(count(seen, 'GET /v1/me')).toBe(2)
    for (const status of ['sent', 'overdue', 'paid']) expect(count(seen, `GET /v1/invoices?status=${status}`), status).toBe(2)
    // Still one refresh: the session shares it between the boot's requests and the app's.
    expect(count(seen, 'POST /v1/oauth/token')).toBe(1)
  })

  it('asks only for /me on another signed-in page, and the page adopts it', async () => {
    reloadedSignedIn()
    const seen = recordRequests()

    const early = startEarlyRequests('/account')
    expect(early.queryKeys).toEqual([['me']])
    const queryClient = freshCache()
    early.adoptInto(queryClient)
    renderApp('/account', queryClient)
    expect(await screen.findByRole('heading', { level: 1, name: 'Account' })).toBeInTheDocument()
    await waitFor(() => expect(screen.queryAllByRole('status', { busy: true })).toEqual([]))

    expect(count(seen, 'GET /v1/me')).toBe(1)
    expect(count(seen, 'POST /v1/oauth/token')).toBe(1)
  })

  it('waits for /me before the lists when the session does not know its client yet (the loader starts them)', async () => {
    signInAs(SEED.users.ordinary)
    const stored = tokenStorage.read()!
    session.reset()
    tokenStorage.write(stored)
    const seen = recordRequests()

    const early = startEarlyRequests('/')
    expect(early.queryKeys).toEqual([['me']])
    const queryClient = freshCache()
    early.adoptInto(queryClient)
    renderApp('/', queryClient)
    await overviewShown()
    expect(count(seen, 'GET /v1/me')).toBe(1)
    for (const status of ['sent', 'overdue', 'paid']) expect(count(seen, `GET /v1/invoices?status=${status}`), status).toBe(1)
  })

  it('sends nothing without a session', async () => {
    const seen = recordRequests()
    const early = startEarlyRequests('/')
    expect(early.queryKeys).toEqual([])
    const queryClient = freshCache()
    early.adoptInto(queryClient)
    await new Promise((done) => setTimeout(done, 50))
    expect(seen).toEqual([])
    expect(queryClient.getQueryCache().getAll()).toEqual([])
  })

  it('sends nothing on the sign-in and callback pages, even with a session', async () => {
    reloadedSignedIn()
    const seen = recordRequests()
    for (const path of ['/sign-in', '/auth/callback']) expect(startEarlyRequests(path).queryKeys, path).toEqual([])
    await new Promise((done) => setTimeout(done, 50))
    expect(seen).toEqual([])
  })

  it('hands nothing to the cache when the session ended before the app started', async () => {
    reloadedSignedIn()
    const early = startEarlyRequests('/')
    await session.signOut()
    const queryClient = freshCache()
    early.adoptInto(queryClient)
    expect(queryClient.getQueryCache().getAll()).toEqual([])
  })

  it('a refresh refused before the app listened still gets its one silent re-authorization, not the sign-in page', async () => {
    reloadedSignedIn()
    silentReauthAllowance.earn()
    // The server already rotated this tab's refresh token (a reload interrupted a refresh).
    expect(rotateRefreshToken(tokenStorage.read()!.refreshToken)).not.toBeNull()

    const early = startEarlyRequests('/')
    // Refused, and the race grace for another tab's tokens over: the session ends with no one listening yet.
    await waitFor(() => expect(session.isSignedIn()).toBe(false), { timeout: 5_000 })
    const queryClient = freshCache()
    early.adoptInto(queryClient)
    renderApp('/', queryClient)

    await waitFor(() => expect(goTo).toHaveBeenCalledTimes(1))
    const authorize = new URL(goTo.mock.calls[0]![0] as string)
    expect(authorize.searchParams.get('prompt')).toBe('none')
    await new Promise((done) => setTimeout(done, 200))
    expect(screen.queryByRole('heading', { name: 'Sign in to your client portal' })).not.toBeInTheDocument()
  })
})
