import { NetworkError } from './network-error'

/**
 * The app's only reference to `fetch`, looked up at call time rather than captured at import, so
 * that msw (and anything else that patches globalThis.fetch later) sees every request.
 *
 * Every request is `cache: 'no-store'`: a client's invoices, PDFs and profile must not stay in the
 * browser's HTTP cache after sign-out, where another user of the machine (or a `force-cache` fetch)
 * could read them without a token. The API is expected to answer `Cache-Control: no-store` as well.
 *
 * fetch rejects with a TypeError when no answer came, and with an AbortError when the request was
 * cancelled; the first becomes a NetworkError, the second stays as it is.
 */
export const lateBoundFetch: typeof fetch = (input, init) =>
  globalThis.fetch(input, { ...init, cache: 'no-store' }).catch((error: unknown) => {
    if (error instanceof TypeError) throw new NetworkError(error.message, { cause: error })
    throw error
  })
