import { SEED } from '../seed'
import { decodeAuthorizationCode } from './authorization-code'
import { answerWithoutPrompt, readAuthorizeRequest, type AuthorizeRequest } from './authorize-request'
import { readIdpSession } from './idp-session'

const REDIRECT_URI = 'http://localhost:3000/auth/callback'

function authorizeParams(extra: Record<string, string> = {}) {
  return new URLSearchParams({
    response_type: 'code',
    client_id: 'nextoria-portal-test',
    redirect_uri: REDIRECT_URI,
    scope: 'invoices:read',
    state: 'state-123',
    code_challenge: 'c'.repeat(43),
    code_challenge_method: 'S256',
    ...extra,
  })
}

function silentRequest(): AuthorizeRequest {
  const request = readAuthorizeRequest(authorizeParams({ prompt: 'none' }))
  if ('problem' in request) throw new Error(request.problem)
  return request
}

describe('the fake authorization server without a prompt (prompt=none)', () => {
  it('tells a silent request from one that may show the sign-in page', () => {
    expect(silentRequest().silent).toBe(true)
    expect(readAuthorizeRequest(authorizeParams())).toMatchObject({ silent: false })
    expect(readAuthorizeRequest(authorizeParams({ prompt: 'login' }))).toMatchObject({ silent: false })
    expect(readAuthorizeRequest(authorizeParams({ prompt: 'none login' }))).toHaveProperty('problem')
  })

  it('comes straight back with a code for the user signed in to it', () => {
    const callback = new URL(answerWithoutPrompt(silentRequest(), SEED.users.ordinary, 5))
    expect(callback.origin + callback.pathname).toBe(REDIRECT_URI)
    expect(callback.searchParams.get('state')).toBe('state-123')
    expect(decodeAuthorizationCode(callback.searchParams.get('code')!)).toMatchObject({
      user_id: SEED.users.ordinary,
      redirect_uri: REDIRECT_URI,
      access_ttl_seconds: 5,
    })
  })

  it('answers login_required, with the state and no code, when nobody is signed in to it', () => {
    const callback = new URL(answerWithoutPrompt(silentRequest(), null, 5))
    expect(callback.searchParams.get('error')).toBe('login_required')
    expect(callback.searchParams.get('state')).toBe('state-123')
    expect(callback.searchParams.has('code')).toBe(false)
  })
})

describe('the fake authorization server’s own sign-in cookie', () => {
  it('names the user and the access-token lifetime chosen at sign-in', () => {
    expect(readIdpSession('a=1; nextoria_fake_idp_session=user_ordinary; nextoria_fake_idp_token_ttl=5')).toEqual({
      userId: 'user_ordinary',
      ttlSeconds: 5,
    })
    expect(readIdpSession('nextoria_fake_idp_session=user_large')).toEqual({ userId: 'user_large', ttlSeconds: null })
  })

  it('is nobody when absent or emptied', () => {
    expect(readIdpSession('')).toBeNull()
    expect(readIdpSession('other=1; nextoria_fake_idp_session=')).toBeNull()
  })
})
