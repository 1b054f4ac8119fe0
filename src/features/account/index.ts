/*
 * The account feature's public surface: who is signed in (`/me`), their client record, and the
 * loaders' way to start a page's lists once the client id is known. Lint refuses imports of anything
 * else in this folder from outside it.
 */
export { prefetchForClient, signedInClientId } from './api/client-id'
export { clientQuery } from './api/client-query'
export { meQuery } from './api/me-query'
export { ClientDetails } from './components/client-details'
