import { approve, readAuthorizeRequest } from '../../mocks/oauth/authorize-request'

/**
 * What the fake authorize page does when a developer picks a client: answers the callback address
 * (path and query, for a memory router) carrying a code for `userId` and the request's state.
 */
export function authorizeAs(authorizeUrl: string, userId: string, { ttlSeconds = 900 } = {}): string {
  const request = readAuthorizeRequest(new URL(authorizeUrl).searchParams)
  if ('problem' in request) throw new Error(`bad authorization request: ${request.problem}`)
  const callback = new URL(approve(request, userId, ttlSeconds))
  return callback.pathname + callback.search
}
