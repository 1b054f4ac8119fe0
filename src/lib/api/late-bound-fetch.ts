/**
 * The app's only reference to `fetch`, looked up at call time rather than captured at import, so
 * that msw (and anything else that patches globalThis.fetch later) sees every request.
 */
export const lateBoundFetch: typeof fetch = (input, init) => globalThis.fetch(input, init)
