/**
 * The app's only reference to `fetch`, looked up at call time rather than captured at import, so
 * that msw (and anything else that patches globalThis.fetch later) sees every request.
 *
 * Every request is `cache: 'no-store'`: a client's invoices, PDFs and profile must not stay in the
 * browser's HTTP cache after sign-out, where another user of the machine (or a `force-cache` fetch)
 * could read them without a token. The API is expected to answer `Cache-Control: no-store` as well.
 */
export const lateBoundFetch: typeof fetch = (input, init) => globalThis.fetch(input, { ...init, cache: 'no-store' })
