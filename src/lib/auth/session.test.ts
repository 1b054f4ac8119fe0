import { http as untypedHttp, HttpResponse } from 'msw'
import { issueTokens } from '../../../mocks/auth'
import { db } from '../../../mocks/db'
import { server } from '../../../mocks/node'
import { SEED } from '../../../mocks/seed'
import { hashToken } from '../../../mocks/token-hash'
import { session } from './session'
import type { SessionMessage } from './session-channel'
import { silentReauthAllowance } from './silent-reauth-allowance'
import { tokenStorage } from './token-storage'

/** A new sign-in's tokens from the fake authorization server, started in this tab. */
function start(ttlSeconds = 900) {
  const issued = issueTokens(SEED.users.ordinary, { ttlSeconds })
  session.start({ accessToken: issued.access_token, expiresIn: issued.expires_in, refreshToken: issued.refresh_token })
  return issued
}

/** What reached the token and revocation endpoints, in order. */
function recordOAuth() {
  const seen: string[] = []
  const listener = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname
    if (path.startsWith('/v1/oauth/')) seen.push(path.slice('/v1/oauth/'.length))
  }
  server.events.on('request:start', listener)
  onTestFinished(() => server.events.removeListener('request:start', listener))
  return seen
}

/** Another tab of this origin, on the channel the tabs of one sign-in share. */
function otherTab() {
  const channel = new BroadcastChannel('nextoria.portal.session')
  const received: SessionMessage[] = []
  channel.onmessage = (event: MessageEvent<SessionMessage>) => void received.push(event.data)
  onTestFinished(() => channel.close())
  return { received, post: (message: SessionMessage) => channel.postMessage(message) }
}

const isLive = (refreshToken: string) => db.refreshTokens.some((t) => t.token_hash === hashToken(refreshToken) && !t.rotated)

type Deferred = { promise: Promise<void>; resolve: () => void }

function deferred(): Deferred {
  let resolve!: () => void
  const promise = new Promise<void>((done) => (resolve = done))
  return { promise, resolve }
}

/**
 * The token endpoint holding each request until the test lets it go: then it answers `answer()`, or,
 * without one, goes on to the fake authorization server's own answer.
 */
function gatedTokenEndpoint(answer?: () => Response) {
  const reached: Deferred[] = []
  const gates: Deferred[] = []
  const at = (n: number) => {
    while (reached.length <= n) {
      reached.push(deferred())
      gates.push(deferred())
    }
  }
  let count = 0
  server.use(
    untypedHttp.post('*/v1/oauth/token', async () => {
      const n = count++
      at(n)
      reached[n]!.resolve()
      await gates[n]!.promise
      return answer?.()
    }),
  )
  return {
    requests: () => count,
    reached: (n: number) => (at(n), reached[n]!.promise),
    release: (n: number) => (at(n), gates[n]!.resolve()),
  }
}

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' }
const refused = () => HttpResponse.json({ error: 'invalid_grant', error_description: 'Already used.' }, { status: 400, headers: NO_STORE })

/** Lets the tab's own channel and promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

afterEach(() => vi.useRealTimers())

describe('a session', () => {
  it('starts with the tokens of a sign-in: the access token in memory, the refresh token in this tab', async () => {
    expect(session.isSignedIn()).toBe(false)
    await expect(session.getAccessToken()).resolves.toBeNull()
    const issued = start()
    expect(session.isSignedIn()).toBe(true)
    await expect(session.getAccessToken()).resolves.toBe(issued.access_token)
    const stored = tokenStorage.read()!
    expect(stored).toEqual({ sessionId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown, refreshToken: issued.refresh_token })
    expect(JSON.stringify(sessionStorage)).not.toContain(issued.access_token)
  })

  it('is a new sign-in each time it starts, even in the same tab', () => {
    start()
    const first = tokenStorage.read()!.sessionId
    start()
    expect(tokenStorage.read()!.sessionId).not.toBe(first)
  })

  it('is still signed in after a reload, with only the refresh token left', async () => {
    const issued = start()
    const stored = tokenStorage.read()!
    session.reset()
    tokenStorage.write(stored) // what the reloaded tab finds in sessionStorage
    expect(session.isSignedIn()).toBe(true)
    const token = await session.getAccessToken()
    expect(token).toMatch(/^at_/)
    expect(token).not.toBe(issued.access_token)
    expect(tokenStorage.read()).toMatchObject({ sessionId: stored.sessionId })
    expect(isLive(issued.refresh_token)).toBe(false)
  })
})

describe('refreshing before the access token expires', () => {
  it('a quarter of its life early, for a short-lived token', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const issued = start(60)
    const oauth = recordOAuth()
    const startedAt = Date.now()
    vi.setSystemTime(startedAt + 44_999)
    await expect(session.getAccessToken()).resolves.toBe(issued.access_token)
    expect(oauth).toEqual([])
    vi.setSystemTime(startedAt + 45_000)
    const renewed = await session.getAccessToken()
    expect(oauth).toEqual(['token'])
    expect(renewed).toMatch(/^at_/)
    expect(renewed).not.toBe(issued.access_token)
    expect(isLive(issued.refresh_token)).toBe(false)
    expect(isLive(tokenStorage.read()!.refreshToken)).toBe(true)
  })

  it('at most 30 s early, for a long-lived one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const issued = start(900)
    const oauth = recordOAuth()
    const startedAt = Date.now()
    vi.setSystemTime(startedAt + 869_999)
    await expect(session.getAccessToken()).resolves.toBe(issued.access_token)
    expect(oauth).toEqual([])
    vi.setSystemTime(startedAt + 870_000)
    await expect(session.getAccessToken()).resolves.not.toBe(issued.access_token)
    expect(oauth).toEqual(['token'])
  })

  it('shares one refresh between callers that ask together', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const issued = start(60)
    const oauth = recordOAuth()
    vi.setSystemTime(Date.now() + 50_000)
    const tokens = await Promise.all([
      session.getAccessToken(),
      session.getAccessToken(),
      session.tokenAfterUnauthorized(issued.access_token),
    ])
    expect(oauth).toEqual(['token'])
    expect(new Set(tokens).size).toBe(1)
  })

  it('keeps the client id this sign-in learnt across the rotation', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    start(60)
    session.rememberClientId('cli_1')
    vi.setSystemTime(Date.now() + 50_000)
    await session.getAccessToken()
    expect(session.clientId()).toBe('cli_1')
  })

  it('without a refresh token, uses the access token until it expires, then has none', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const issued = start(60)
    tokenStorage.clear()
    expect(session.isSignedIn()).toBe(true)
    const startedAt = Date.now()
    vi.setSystemTime(startedAt + 59_999)
    await expect(session.getAccessToken()).resolves.toBe(issued.access_token)
    vi.setSystemTime(startedAt + 60_000)
    await expect(session.getAccessToken()).resolves.toBeNull()
  })
})

describe('after a 401', () => {
  it('answers a newer token someone already got, without another refresh', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    start(60)
    const oauth = recordOAuth()
    const old = (await session.getAccessToken())!
    const renewed = await session.tokenAfterUnauthorized(old)
    expect(oauth).toEqual(['token'])
    expect(renewed).not.toBe(old)
    await expect(session.tokenAfterUnauthorized(old)).resolves.toBe(renewed)
    expect(oauth).toEqual(['token'])
    // Not once the newer one has expired too.
    vi.setSystemTime(Date.now() + 60_000)
    await expect(session.tokenAfterUnauthorized(old)).resolves.not.toBe(renewed)
    expect(oauth).toEqual(['token', 'token'])
  })

  it('earns back the silent re-authorization allowance with a refresh the server accepts', async () => {
    const issued = start()
    silentReauthAllowance.spend()
    await session.tokenAfterUnauthorized(issued.access_token)
    expect(silentReauthAllowance.available()).toBe(true)
  })

  it('ends the session as expired when the server refuses the refresh token', async () => {
    const issued = start()
    session.rememberClientId('cli_1')
    const ended = vi.fn()
    const stop = session.onEnd(ended)
    onTestFinished(stop)
    db.refreshTokens = []
    await expect(session.tokenAfterUnauthorized(issued.access_token)).resolves.toBeNull()
    expect(ended).toHaveBeenCalledTimes(1)
    expect(ended).toHaveBeenCalledWith('expired')
    expect(session.isSignedIn()).toBe(false)
    expect(session.clientId()).toBeNull()
    await expect(session.getAccessToken()).resolves.toBeNull()
    // The allowance is for a later silent attempt: an expiry does not spend it.
    expect(silentReauthAllowance.available()).toBe(true)
  })

  it('keeps the session when the refresh gets no answer, or a server error', async () => {
    const issued = start()
    const ended = vi.fn()
    onTestFinished(session.onEnd(ended))
    server.use(untypedHttp.post('*/v1/oauth/token', () => HttpResponse.error()))
    await expect(session.tokenAfterUnauthorized(issued.access_token)).rejects.toThrow()
    server.use(
      untypedHttp.post('*/v1/oauth/token', () =>
        HttpResponse.json({ error: { code: 'unavailable', message: 'Down for maintenance.' } }, { status: 503 }),
      ),
    )
    await expect(session.tokenAfterUnauthorized(issued.access_token)).rejects.toThrow()
    expect(ended).not.toHaveBeenCalled()
    expect(session.isSignedIn()).toBe(true)
    expect(tokenStorage.read()?.refreshToken).toBe(issued.refresh_token)
  })
})

describe('ending a session', () => {
  it('signs out: revokes the refresh token, forgets the tokens, spends the allowance, tells the listeners', async () => {
    const issued = start()
    const ended = vi.fn()
    const stop = session.onEnd(ended)
    onTestFinished(stop)
    const oauth = recordOAuth()
    await session.signOut()
    expect(oauth).toEqual(['revoke'])
    expect(isLive(issued.refresh_token)).toBe(false)
    expect(db.accessTokens.some((t) => t.token_hash === hashToken(issued.access_token))).toBe(false)
    expect(ended).toHaveBeenCalledWith('signed_out')
    expect(session.isSignedIn()).toBe(false)
    await expect(session.getAccessToken()).resolves.toBeNull()
    expect(silentReauthAllowance.available()).toBe(false)
  })

  it('signs out here even when the revocation cannot reach the server', async () => {
    start()
    server.use(untypedHttp.post('*/v1/oauth/revoke', () => HttpResponse.error()))
    await expect(session.signOut()).resolves.toBeUndefined()
    expect(session.isSignedIn()).toBe(false)
  })

  it('revokes the access token when no refresh token is left, and sends nothing when signed out', async () => {
    const issued = start()
    tokenStorage.clear()
    const oauth = recordOAuth()
    await session.signOut()
    expect(oauth).toEqual(['revoke'])
    expect(db.accessTokens.some((t) => t.token_hash === hashToken(issued.access_token))).toBe(false)
    await session.signOut()
    expect(oauth).toEqual(['revoke'])
  })

  it('ends once when the server withdraws access, revoking the refresh token', async () => {
    const issued = start()
    const ended = vi.fn()
    onTestFinished(session.onEnd(ended))
    const oauth = recordOAuth()
    await session.endRefused()
    expect(ended).toHaveBeenCalledTimes(1)
    expect(ended).toHaveBeenCalledWith('access_withdrawn')
    expect(oauth).toEqual(['revoke'])
    expect(isLive(issued.refresh_token)).toBe(false)
    expect(session.isSignedIn()).toBe(false)
    expect(silentReauthAllowance.available()).toBe(true)
    await session.endRefused()
    expect(oauth).toEqual(['revoke'])
  })

  it('stops telling a listener that has unsubscribed', async () => {
    start()
    const ended = vi.fn()
    session.onEnd(ended)()
    await session.signOut()
    expect(ended).not.toHaveBeenCalled()
  })
})

describe('the client id of the sign-in', () => {
  it('is remembered with the tokens, and forgotten with them', () => {
    expect(session.clientId()).toBeNull()
    session.rememberClientId('cli_1') // signed out: nowhere to keep it
    expect(session.clientId()).toBeNull()
    expect(sessionStorage.getItem('nextoria.portal.session')).toBeNull()
    start()
    session.rememberClientId('cli_1')
    expect(session.clientId()).toBe('cli_1')
    expect(tokenStorage.read()?.clientId).toBe('cli_1')
    session.rememberClientId('cli_2')
    expect(session.clientId()).toBe('cli_2')
    start() // a new sign-in learns its own
    expect(session.clientId()).toBeNull()
  })
})

describe('tabs of one sign-in', () => {
  it('tell each other the tokens of a new sign-in and of a refresh', async () => {
    const tab = otherTab()
    const issued = start()
    const { sessionId } = tokenStorage.read()!
    await vi.waitFor(() => expect(tab.received).toHaveLength(1))
    expect(tab.received[0]).toEqual({
      type: 'tokens',
      sessionId,
      token: issued.access_token,
      accessToken: issued.access_token,
      refreshToken: issued.refresh_token,
      expiresAt: expect.any(Number) as unknown,
      refreshAt: expect.any(Number) as unknown,
    })
    const message = tab.received[0] as Extract<SessionMessage, { type: 'tokens' }>
    expect(message.expiresAt - message.refreshAt).toBe(30_000)
  })

  it('follows another tab’s refresh: its access token, and its refresh token for the next time', async () => {
    const tab = otherTab()
    start()
    const { sessionId } = tokenStorage.read()!
    const oauth = recordOAuth()
    const now = Date.now()
    tab.post({ type: 'tokens', sessionId, accessToken: 'at_from_other_tab', refreshToken: 'rt_from_other_tab', expiresAt: now + 60_000, refreshAt: now + 30_000 })
    await vi.waitFor(() => expect(tokenStorage.read()?.refreshToken).toBe('rt_from_other_tab'))
    await expect(session.getAccessToken()).resolves.toBe('at_from_other_tab')
    expect(tokenStorage.read()?.sessionId).toBe(sessionId)
    expect(oauth).toEqual([])
  })

  it('ignores another sign-in’s messages', async () => {
    const tab = otherTab()
    const issued = start()
    const ended = vi.fn()
    onTestFinished(session.onEnd(ended))
    tab.post({ type: 'tokens', sessionId: 'another-sign-in', accessToken: 'at_x', refreshToken: 'rt_x', expiresAt: Date.now() + 60_000, refreshAt: Date.now() + 30_000 })
    tab.post({ type: 'signed-out', sessionId: 'another-sign-in' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await expect(session.getAccessToken()).resolves.toBe(issued.access_token)
    expect(tokenStorage.read()?.refreshToken).toBe(issued.refresh_token)
    expect(ended).not.toHaveBeenCalled()
  })

  it('signs out with another tab, and tells the others when it signs out itself', async () => {
    const tab = otherTab()
    start()
    const { sessionId } = tokenStorage.read()!
    const ended = vi.fn()
    onTestFinished(session.onEnd(ended))
    tab.post({ type: 'signed-out', sessionId })
    await vi.waitFor(() => expect(ended).toHaveBeenCalledWith('signed_out'))
    expect(session.isSignedIn()).toBe(false)

    start()
    const second = tokenStorage.read()!.sessionId
    await session.signOut()
    await vi.waitFor(() => expect(tab.received).toContainEqual({ type: 'signed-out', sessionId: second }))
  })

  it('takes the token another tab won a refresh race with, rather than ending the session', async () => {
    const tab = otherTab()
    const issued = start()
    const { sessionId } = tokenStorage.read()!
    const ended = vi.fn()
    onTestFinished(session.onEnd(ended))
    // The other tab used the refresh token first: the server refuses it here, and the winner's tokens follow.
    server.use(
      untypedHttp.post('*/v1/oauth/token', () => {
        setTimeout(() => {
          const now = Date.now()
          tab.post({ type: 'tokens', sessionId, accessToken: 'at_winner', refreshToken: 'rt_winner', expiresAt: now + 60_000, refreshAt: now + 30_000 })
        }, 100)
        return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 })
      }),
    )
    await expect(session.tokenAfterUnauthorized(issued.access_token)).resolves.toBe('at_winner')
    expect(ended).not.toHaveBeenCalled()
    expect(session.isSignedIn()).toBe(true)
  })
})

describe('while the tab leaves to re-authorize', () => {
  it('holds requests until a new session starts here, then lets them go on without a token', async () => {
    start()
    let leave!: () => void
    session.holdRequestsWhileLeaving(new Promise<void>((resolve) => (leave = resolve)))
    let answer: string | null | undefined
    void session.getAccessToken().then((token) => (answer = token))
    let retried: string | null | undefined
    void session.tokenAfterUnauthorized('at_old').then((token) => (retried = token))
    leave()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(answer).toBeUndefined()
    expect(retried).toBeUndefined()
    start()
    await vi.waitFor(() => expect(answer).toBeNull())
    expect(retried).toBeNull()
    await expect(session.getAccessToken()).resolves.toMatch(/^at_/)
  })

  it('lets them go on when the tab could not leave after all', async () => {
    start()
    let fail!: (error: Error) => void
    session.holdRequestsWhileLeaving(new Promise<void>((_resolve, reject) => (fail = reject)))
    const held = session.getAccessToken()
    fail(new Error('navigation blocked'))
    await expect(held).resolves.toBeNull()
    await expect(session.getAccessToken()).resolves.toMatch(/^at_/)
  })
})

describe('a refresh that meets a sign-out or another tab', () => {
  it('does not bring the session back when its answer comes after a sign-out', async () => {
    const issued = start()
    const endpoint = gatedTokenEndpoint(() =>
      HttpResponse.json(
        { access_token: 'at_late', token_type: 'Bearer', expires_in: 900, refresh_token: 'rt_late', scope: issued.scope },
        { headers: NO_STORE },
      ),
    )
    const pending = session.tokenAfterUnauthorized(issued.access_token)
    await endpoint.reached(0)
    await session.signOut()
    endpoint.release(0)
    await expect(pending).resolves.toBeNull()
    expect(session.isSignedIn()).toBe(false)
    expect(tokenStorage.read()).toBeNull()
    await expect(session.getAccessToken()).resolves.toBeNull()
  })

  it('lets a sign-out in another tab stand when the refresh it made pointless is then refused', async () => {
    const tab = otherTab()
    const issued = start()
    const { sessionId } = tokenStorage.read()!
    const ended = vi.fn()
    onTestFinished(session.onEnd(ended))
    const endpoint = gatedTokenEndpoint(refused)
    const pending = session.tokenAfterUnauthorized(issued.access_token)
    await endpoint.reached(0)
    tab.post({ type: 'signed-out', sessionId })
    await vi.waitFor(() => expect(ended).toHaveBeenCalledWith('signed_out'))
    endpoint.release(0)
    await expect(pending).resolves.toBeNull()
    expect(ended.mock.calls).toEqual([['signed_out']])
  })

  it('takes at once the tokens another tab already sent when its own refresh is refused', async () => {
    const tab = otherTab()
    const issued = start()
    const { sessionId } = tokenStorage.read()!
    const ended = vi.fn()
    onTestFinished(session.onEnd(ended))
    const endpoint = gatedTokenEndpoint(refused)
    const pending = session.tokenAfterUnauthorized(issued.access_token)
    await endpoint.reached(0)
    const now = Date.now()
    tab.post({ type: 'tokens', sessionId, accessToken: 'at_winner', refreshToken: 'rt_winner', expiresAt: now + 60_000, refreshAt: now + 30_000 })
    await vi.waitFor(() => expect(tokenStorage.read()?.refreshToken).toBe('rt_winner'))
    endpoint.release(0)
    await expect(pending).resolves.toBe('at_winner')
    expect(ended).not.toHaveBeenCalled()
  })

  it('ends the session, rather than use a token that is due, when a refresh it started on time is refused', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    start(60)
    const ended = vi.fn()
    onTestFinished(session.onEnd(ended))
    vi.setSystemTime(Date.now() + 50_000)
    db.refreshTokens = []
    await expect(session.getAccessToken()).resolves.toBeNull()
    expect(ended).toHaveBeenCalledWith('expired')
  })

  it('keeps a newer refresh shared when an older one, from before a reset, finishes first', async () => {
    const endpoint = gatedTokenEndpoint()
    const before = start()
    const older = session.tokenAfterUnauthorized(before.access_token)
    await endpoint.reached(0)
    session.reset()
    const after = start()
    const newer = session.tokenAfterUnauthorized(after.access_token)
    await endpoint.reached(1)
    endpoint.release(0)
    await expect(older).resolves.toBeNull() // its session is gone: its answer is not used
    const joining = session.tokenAfterUnauthorized(after.access_token)
    await settle()
    expect(endpoint.requests()).toBe(2)
    endpoint.release(1)
    endpoint.release(2)
    const [newToken, joined] = await Promise.all([newer, joining])
    expect(newToken).toMatch(/^at_/)
    expect(joined).toBe(newToken)
  })
})

describe('the refresh lock, where the browser has Web Locks', () => {
  /** Web Locks that grant the lock only when the test says so. */
  function heldLock() {
    const granted = deferred()
    const request = vi.fn(async (_name: string, task: () => Promise<unknown>) => {
      await granted.promise
      return task()
    })
    vi.stubGlobal('navigator', { locks: { request } })
    onTestFinished(() => {
      vi.unstubAllGlobals()
    })
    return { request, grant: () => granted.resolve() }
  }

  it('is taken per sign-in, and uses the tokens another tab got while this one waited for it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const lock = heldLock()
    const tab = otherTab()
    start(60)
    const { sessionId } = tokenStorage.read()!
    const oauth = recordOAuth()
    vi.setSystemTime(Date.now() + 50_000)
    const pending = session.getAccessToken()
    expect(lock.request).toHaveBeenCalledWith(`nextoria.portal.refresh.${sessionId}`, expect.any(Function))
    const now = Date.now()
    tab.post({ type: 'tokens', sessionId, accessToken: 'at_other_tab', refreshToken: 'rt_other_tab', expiresAt: now + 60_000, refreshAt: now + 45_000 })
    await vi.waitFor(() => expect(tokenStorage.read()?.refreshToken).toBe('rt_other_tab'))
    lock.grant()
    await expect(pending).resolves.toBe('at_other_tab')
    expect(oauth).toEqual([])
  })

  it('still refreshes, with the other tab’s refresh token, when the tokens it got are already due', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const lock = heldLock()
    const tab = otherTab()
    start(60)
    const { sessionId } = tokenStorage.read()!
    const oauth = recordOAuth()
    vi.setSystemTime(Date.now() + 50_000)
    const pending = session.getAccessToken()
    const other = issueTokens(SEED.users.ordinary, { ttlSeconds: 60 })
    const now = Date.now()
    tab.post({ type: 'tokens', sessionId, accessToken: other.access_token, refreshToken: other.refresh_token, expiresAt: now + 10_000, refreshAt: now })
    await vi.waitFor(() => expect(tokenStorage.read()?.refreshToken).toBe(other.refresh_token))
    vi.setSystemTime(now) // vi.waitFor moves a fake clock on: back to the very moment the tokens fell due
    lock.grant()
    const token = await pending
    expect(oauth).toEqual(['token'])
    expect(token).toMatch(/^at_/)
    expect(token).not.toBe(other.access_token)
    expect(isLive(other.refresh_token)).toBe(false)
  })

  it('does nothing once the lock comes if the tab signed out meanwhile', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const lock = heldLock()
    start(60)
    vi.setSystemTime(Date.now() + 50_000)
    const pending = session.getAccessToken()
    await session.signOut()
    const oauth = recordOAuth()
    lock.grant()
    await expect(pending).resolves.toBeNull()
    expect(oauth).toEqual([])
  })
})

describe('leaving twice', () => {
  it('keeps holding for the newer departure when the older one could not leave', async () => {
    start()
    let failOlder!: (error: Error) => void
    session.holdRequestsWhileLeaving(new Promise<void>((_resolve, reject) => (failOlder = reject)))
    session.holdRequestsWhileLeaving(new Promise<void>(() => undefined))
    failOlder(new Error('navigation blocked'))
    await settle()
    let answered = false
    void session.getAccessToken().then(() => (answered = true))
    await settle()
    expect(answered).toBe(false)
  })
})
