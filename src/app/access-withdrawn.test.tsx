import { screen } from '@testing-library/react'
import { db } from '../../mocks/db'
import { server } from '../../mocks/node'
import { SEED } from '../../mocks/seed'
import { session } from '@/lib/auth/session'
import { sleep } from '@/test/as-in-browser'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'

const goTo = vi.hoisted(() => vi.fn())
vi.mock('@/lib/browser/go-to', () => ({ goTo }))

/** Every request the fake API receives, as "METHOD /path". */
function recordRequests() {
  const seen: string[] = []
  const record = ({ request }: { request: Request }) => void seen.push(`${request.method} ${new URL(request.url).pathname}`)
  server.events.on('request:start', record)
  onTestFinished(() => void server.events.removeListener('request:start', record))
  return seen
}

describe('a client whose portal access was withdrawn (refresh works, data answers 401)', () => {
  it('ends the session once and stays on the sign-in page: no loop of requests', async () => {
    const user = db.users.find((u) => u.id === SEED.users.ordinary)!
    db.clients.find((c) => c.id === user.client_id)!.portal_access = false
    signInAs(SEED.users.ordinary)
    const requests = recordRequests()

    const view = renderRoute('/invoices?status=paid')
    onTestFinished(view.stopFollowing)
    expect(await screen.findByText('Your access to this portal has ended', { exact: false })).toBeInTheDocument()
    await sleep(1_500) // long enough for a loop to show itself

    expect(requests.filter((r) => r === 'GET /v1/me')).toHaveLength(2) // the first try and its retry
    expect(requests.filter((r) => r === 'POST /v1/oauth/token')).toHaveLength(1)
    expect(requests.filter((r) => r === 'POST /v1/oauth/revoke')).toHaveLength(1)
    expect(requests.length).toBeLessThanOrEqual(8)
    expect(session.isSignedIn()).toBe(false)
    expect(view.router.state.location.pathname).toBe('/sign-in')
    expect(goTo).not.toHaveBeenCalled()
  })

  it('does not send a signed-in client sent to the sign-in page for a reason straight back', async () => {
    signInAs(SEED.users.ordinary)
    const view = renderRoute('/sign-in?reason=expired&returnTo=%2Finvoices')
    onTestFinished(view.stopFollowing)
    expect(await screen.findByRole('heading', { name: 'Sign in to your client portal' })).toBeInTheDocument()
    expect(view.router.state.location.pathname).toBe('/sign-in')
  })
})
