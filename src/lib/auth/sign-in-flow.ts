import * as oauth from 'oauth4webapi'
import { oauthConfig } from '../config'
import { authorizationServer, exchangeCode, oauthClient } from './oauth-client'
import { safeReturnPath, signInPath } from './return-path'
import { session } from './session'
import { silentReauthAllowance } from './silent-reauth-allowance'

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
type PendingSignIn = { state: string; codeVerifier: string; returnTo: string; silent?: true }

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
async function authorizationUrl(returnTo: string, { silent }: { silent: boolean }): Promise<string> {
  if (!oauthConfig.clientId) throw new SignInError('not_configured')
  const codeVerifier = oauth.generateRandomCodeVerifier()
  const state = oauth.generateRandomState()
  const pending: PendingSignIn = { state, codeVerifier, returnTo: safeReturnPath(returnTo), ...(silent && { silent }) }
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
    ...(silent && { prompt: 'none' }),
  }).toString()
  return url.href
}

/** The sign-in the client starts on the sign-in page. */
export function beginSignIn(returnTo: string): Promise<string> {
  return authorizationUrl(returnTo, { silent: false })
}

/**
 * A sign-in the client never sees (OpenID Connect Core 3.1.2.1, `prompt=none`): if the authorization
 * server still knows them, it comes straight back with a code; otherwise with `login_required`.
 */
export function beginSilentSignIn(returnTo: string): Promise<string> {
  return authorizationUrl(returnTo, { silent: true })
}

/**
 * Finishes the redirect back from the authorization server: checks state, exchanges the code with the
 * PKCE verifier, starts the session, and answers the same-origin path to go to next. A silent attempt
 * that fails, for whatever reason (`login_required`, `interaction_required`, a failed exchange), is an
 * ordinary end of the session: the sign-in page, ready to come back to the same place.
 */
export async function completeSignIn(callbackUrl: URL): Promise<string> {
  const pending = takePending()
  if (!pending) throw new SignInError('no_pending_sign_in')
  if (!pending.silent) {
    const path = await finishSignIn(pending, callbackUrl)
    silentReauthAllowance.earn()
    return path
  }
  return finishSignIn(pending, callbackUrl).catch(() => signInPath(pending.returnTo, 'expired'))
}

async function finishSignIn(pending: PendingSignIn, callbackUrl: URL): Promise<string> {
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
