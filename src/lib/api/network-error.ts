/**
 * A request that got no answer at all: offline, DNS, a dropped connection, CORS refused. fetch says so
 * with a bare TypeError, which is also what a bug throws; the app's one fetch (late-bound-fetch.ts)
 * re-throws it as this, so a screen can tell "could not reach the server" from a broken page by type,
 * not by guessing at wording. Still a TypeError, for any code that expects fetch's own.
 */
export class NetworkError extends TypeError {
  override readonly name = 'NetworkError'
}

export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError
}
