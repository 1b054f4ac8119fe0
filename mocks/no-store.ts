/** What the fake API says of every answer: a client's data is never kept in an HTTP cache. */
export const NO_STORE = { 'Cache-Control': 'no-store' } as const
