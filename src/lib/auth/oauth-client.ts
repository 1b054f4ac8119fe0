import * as oauth from 'oauth4webapi'
import { lateBoundFetch } from '../api/late-bound-fetch'
import { oauthConfig } from '../config'
import { isLoopbackHost } from '../secure-url'

/*
 * The portal as a public OAuth client (no secret), on oauth4webapi: PKCE, state and the token
 * endpoint's answers are checked by a maintained, standards-first library rather than by hand. When
 * Nextoria issued a client secret, the token and revocation URLs are the portal's own backend
 * (deploy/oauth-backend.conf), which adds it: the browser still sends no credentials.
 */
export const authorizationServer: oauth.AuthorizationServer = {
  issuer: new URL(oauthConfig.authorizeUrl).origin,
  authorization_endpoint: oauthConfig.authorizeUrl,
  token_endpoint: oauthConfig.tokenUrl,
  revocation_endpoint: oauthConfig.revokeUrl,
}

export const oauthClient: oauth.Client = { client_id: oauthConfig.clientId }

const isLoopback = (url: string) => isLoopbackHost(new URL(url).hostname)

/** Requests go through the app's one fetch; plain http only for a server on this machine. */
export const requestOptions = {
  [oauth.customFetch]: (url: string, init: oauth.CustomFetchOptions<'POST', URLSearchParams>) => lateBoundFetch(url, init),
  [oauth.allowInsecureRequests]: isLoopback(oauthConfig.tokenUrl),
}

export type TokenSet = { accessToken: string; expiresIn: number; refreshToken: string }

function toTokenSet(response: oauth.TokenEndpointResponse, previousRefreshToken?: string): TokenSet {
  const refreshToken = response.refresh_token ?? previousRefreshToken
  if (!refreshToken) throw new Error('The authorization server issued no refresh token.')
  return { accessToken: response.access_token, expiresIn: response.expires_in ?? 300, refreshToken }
}

export async function exchangeCode(callbackParams: URLSearchParams, codeVerifier: string): Promise<TokenSet> {
  const response = await oauth.authorizationCodeGrantRequest(
    authorizationServer,
    oauthClient,
    oauth.None(),
    callbackParams,
    oauthConfig.redirectUri,
    codeVerifier,
    requestOptions,
  )
  return toTokenSet(await oauth.processAuthorizationCodeResponse(authorizationServer, oauthClient, response))
}

export async function refreshTokens(refreshToken: string): Promise<TokenSet> {
  const response = await oauth.refreshTokenGrantRequest(authorizationServer, oauthClient, oauth.None(), refreshToken, requestOptions)
  return toTokenSet(await oauth.processRefreshTokenResponse(authorizationServer, oauthClient, response), refreshToken)
}

export async function revoke(token: string): Promise<void> {
  const response = await oauth.revocationRequest(authorizationServer, oauthClient, oauth.None(), token, requestOptions)
  await oauth.processRevocationResponse(response)
}

/** The server refused the refresh token itself (not a network or server failure): the session is over. */
export function isRejectedGrant(error: unknown): boolean {
  return error instanceof oauth.ResponseBodyError && (error.error === 'invalid_grant' || error.status === 400 || error.status === 401)
}
