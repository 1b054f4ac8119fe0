import * as oauth from 'oauth4webapi'
import { db } from '../../../mocks/db'
import { SEED } from '../../../mocks/seed'
import { authorizeAs } from '@/test/authorize-as'
import { session } from './session'
import { beginSignIn, beginSilentSignIn, completeSignIn, SignInError } from './sign-in-flow'
import { silentReauthAllowance } from './silent-reauth-allowance'

const PENDING_KEY = 'nextoria.portal.pending-sign-in'
const pending = () => JSON.parse(sessionStorage.getItem(PENDING_KEY)!) as Record<string, unknown>
const callbackUrl = (path: string) => new URL(path, window.location.origin)

/** The fake authorization server's answer to `authorizeUrl`, as the address the browser comes back to. */
const approved = (authorizeUrl: string, userId = SEED.users.ordinary) => callbackUrl(authorizeAs(authorizeUrl, userId))

/** Completes the callback and answers what it threw, or fails the test if it did not. */
async function refusal(callback: URL): Promise<SignInError> {
  const failure = await completeSignIn(callback).then(
    () => null,
    (error: unknown) => error,
  )
  expect(failure).toBeInstanceOf(SignInError)
  return failure as SignInError
}

/** `/auth/callback?...` with the state of the sign-in now pending in this tab. */
const withPendingState = (query: Record<string, string>) =>
  callbackUrl(`/auth/callback?${new URLSearchParams({ ...query, state: pending().state as string }).toString()}`)

describe('starting a sign-in', () => {
  it('asks for a code with PKCE (S256) and a fresh state, for the portal’s client, scope and callback', async () => {
    const url = new URL(await beginSignIn('/invoices?status=overdue'))
    expect(url.origin + url.pathname).toBe('https://app.nextoriahub.com/oauth/authorize')
    const params = Object.fromEntries(url.searchParams)
    expect(params).toEqual({
      response_type: 'code',
      client_id: 'nextoria-portal-test',
      redirect_uri: 'http://localhost:3000/auth/callback',
      scope: 'clients:read projects:read invoices:read files:read',
      state: expect.stringMatching(/^[\w-]{43}$/) as unknown,
      code_challenge: expect.stringMatching(/^[\w-]{43}$/) as unknown,
      code_challenge_method: 'S256',
    })
    // The verifier stays in this tab, with the state it must come back with and where to go after.
    expect(pending()).toEqual({
      state: params.state,
      codeVerifier: expect.stringMatching(/^[\w-]{43}$/) as unknown,
      returnTo: '/invoices?status=overdue',
    })
    expect(pending().codeVerifier).not.toBe(params.code_challenge)
  })

  it('never the same state or verifier twice', async () => {
    const first = new URL(await beginSignIn('/'))
    const firstVerifier = pending().codeVerifier
    const second = new URL(await beginSignIn('/'))
    expect(second.searchParams.get('state')).not.toBe(first.searchParams.get('state'))
    expect(pending().codeVerifier).not.toBe(firstVerifier)
  })

  it('keeps only a safe return path', async () => {
    await beginSignIn('https://evil.example/phish')
    expect(pending().returnTo).toBe('/')
    await beginSignIn('/auth/callback?code=x')
    expect(pending().returnTo).toBe('/')
  })

  it('silently: the same request with prompt=none, marked silent for the way back', async () => {
    const url = new URL(await beginSilentSignIn('/projects'))
    expect(url.searchParams.get('prompt')).toBe('none')
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')
    expect(pending()).toMatchObject({ returnTo: '/projects', silent: true })
    await beginSignIn('/projects')
    expect(pending()).not.toHaveProperty('silent')
  })
})

describe('finishing a sign-in', () => {
  it('exchanges the code, starts the session, earns back the silent allowance, and answers the return path', async () => {
    silentReauthAllowance.spend()
    const callback = approved(await beginSignIn('/invoices?status=overdue#top'))
    await expect(completeSignIn(callback)).resolves.toBe('/invoices?status=overdue#top')
    expect(session.isSignedIn()).toBe(true)
    expect(await session.getAccessToken()).toMatch(/^at_/)
    expect(silentReauthAllowance.available()).toBe(true)
    expect(sessionStorage.getItem(PENDING_KEY)).toBeNull()
  })

  it('uses the pending sign-in once: the same callback again is refused', async () => {
    const callback = approved(await beginSignIn('/'))
    await completeSignIn(callback)
    const replay = await refusal(callback)
    expect(replay.code).toBe('no_pending_sign_in')
    expect(replay.message).toBe('Sign-in failed: no_pending_sign_in')
    expect(replay.name).toBe('SignInError')
  })

  it('refuses a callback with no sign-in pending, or an unreadable one', async () => {
    expect((await refusal(callbackUrl('/auth/callback?code=ac_x&state=s'))).code).toBe('no_pending_sign_in')
    sessionStorage.setItem(PENDING_KEY, '{"state":')
    expect((await refusal(callbackUrl('/auth/callback?code=ac_x&state=s'))).code).toBe('no_pending_sign_in')
    expect(sessionStorage.getItem(PENDING_KEY)).toBeNull()
  })

  it('refuses another sign-in’s state, and forgets the pending one', async () => {
    const callback = approved(await beginSignIn('/'))
    callback.searchParams.set('state', 'tampered')
    const failure = await refusal(callback)
    expect(failure.code).toBe('state_mismatch')
    expect(failure.cause).toBeInstanceOf(Error)
    expect(session.isSignedIn()).toBe(false)
    expect(sessionStorage.getItem(PENDING_KEY)).toBeNull()
  })

  it('tells a cancelled sign-in from another error of the authorization server', async () => {
    await beginSignIn('/')
    const cancelled = await refusal(withPendingState({ error: 'access_denied' }))
    expect(cancelled.code).toBe('access_denied')
    expect(cancelled.cause).toBeInstanceOf(oauth.AuthorizationResponseError)
    await beginSignIn('/')
    const failed = await refusal(withPendingState({ error: 'server_error' }))
    expect(failed.code).toBe('exchange_failed')
    expect(failed.cause).toBeInstanceOf(oauth.AuthorizationResponseError)
    expect(session.isSignedIn()).toBe(false)
  })

  it('refuses a callback without a code', async () => {
    await beginSignIn('/')
    expect((await refusal(withPendingState({}))).code).toBe('missing_code')
    await beginSignIn('/')
    expect((await refusal(withPendingState({ code: '' }))).code).toBe('missing_code')
  })

  it('fails when the token endpoint refuses the code, and starts no session', async () => {
    await beginSignIn('/')
    const failure = await refusal(withPendingState({ code: 'ac_not-a-code' }))
    expect(failure.code).toBe('exchange_failed')
    expect(failure.cause).toBeDefined()
    expect(session.isSignedIn()).toBe(false)
    expect(db.refreshTokens).toEqual([])
  })
})

describe('finishing a silent sign-in', () => {
  it('starts the session and goes back, but earns no allowance: only a session that proves itself does', async () => {
    silentReauthAllowance.spend()
    const callback = approved(await beginSilentSignIn('/projects?tab=late'))
    await expect(completeSignIn(callback)).resolves.toBe('/projects?tab=late')
    expect(session.isSignedIn()).toBe(true)
    expect(silentReauthAllowance.available()).toBe(false)
  })

  it('sends a failed attempt to the sign-in page as an expired session, ready to come back', async () => {
    await beginSilentSignIn('/projects?tab=late')
    await expect(completeSignIn(withPendingState({ error: 'login_required' }))).resolves.toBe(
      '/sign-in?reason=expired&returnTo=%2Fprojects%3Ftab%3Dlate',
    )
    await beginSilentSignIn('/')
    await expect(completeSignIn(callbackUrl('/auth/callback?code=ac_x&state=foreign'))).resolves.toBe('/sign-in?reason=expired')
    expect(session.isSignedIn()).toBe(false)
  })
})

describe('a portal built without an OAuth client id', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('cannot start a sign-in, and says why', async () => {
    vi.stubEnv('VITE_OAUTH_CLIENT_ID', '')
    vi.resetModules()
    const flow = await import('./sign-in-flow')
    const failure = await flow.beginSignIn('/').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(flow.SignInError)
    expect(failure).toMatchObject({ code: 'not_configured' })
    expect(sessionStorage.getItem(PENDING_KEY)).toBeNull()
  })
})
