import * as oauth from 'oauth4webapi'
import { oauthConfig } from '../config'
import { authorizationServer, exchangeCode, oauthClient } from './oauth-client'
import { safeReturnPath } from './return-path'
import { session } from './session'

/** What the sign-in page can say went wrong; it maps each to a message, never echoing URL text. */
export type SignInErrorCode =
  | 'state_mismatch'
  | 'no_pending_sign_in'
  | 'missing_code'
  | 'access_denied'
  | 'exchange_failed'
  | 'not_configured'

export class SignInError extends Error {
  override readonly name = 'SignInError'
  constructor(
    readonly code: SignInErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`Sign-in failed: ${code}`, options)
  }
}

/** The verifier and state wait in this tab's sessionStorage for the redirect back; used once. */
const PENDING_KEY = 'nextoria.portal.pending-sign-in'
type PendingSignIn = { state: string; codeVerifier: string; returnTo: string }

function takePending(): PendingSignIn | null {
  const raw = sessionStorage.getItem(PENDING_KEY)
  sessionStorage.removeItem(PENDING_KEY)
  if (!raw) return null
  try {
    return JSON.parse(raw) as PendingSignIn
  } catch {
    return null
  }
}

/** Prepares PKCE (S256) and state, and answers the authorization URL to send the browser to. */
export async function beginSignIn(returnTo: string): Promise<string> {
  if (!oauthConfig.clientId) throw new SignInError('not_configured')
  const codeVerifier = oauth.generateRandomCodeVerifier()
  const state = oauth.generateRandomState()
  const pending: PendingSignIn = { state, codeVerifier, returnTo: safeReturnPath(returnTo) }
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending))

  const url = new URL(oauthConfig.authorizeUrl)
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: oauthConfig.clientId,
    redirect_uri: oauthConfig.redirectUri,
    scope: oauthConfig.scope,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  }).toString()
  return url.href
}

/**
 * Finishes the redirect back from the authorization server: checks state, exchanges the code with the
 * PKCE verifier, starts the session, and answers the same-origin path to return to.
 */
export async function completeSignIn(callbackUrl: URL): Promise<string> {
  const pending = takePending()
  if (!pending) throw new SignInError('no_pending_sign_in')

  let params: URLSearchParams
  try {
    params = oauth.validateAuthResponse(authorizationServer, oauthClient, callbackUrl.searchParams, pending.state)
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError && error.error === 'access_denied') {
      throw new SignInError('access_denied', { cause: error })
    }
    if (error instanceof oauth.AuthorizationResponseError) throw new SignInError('exchange_failed', { cause: error })
    throw new SignInError('state_mismatch', { cause: error })
  }
  if (!params.get('code')) throw new SignInError('missing_code')

  try {
    session.start(await exchangeCode(params, pending.codeVerifier))
  } catch (error) {
    throw new SignInError('exchange_failed', { cause: error })
  }
  return safeReturnPath(pending.returnTo)
}
