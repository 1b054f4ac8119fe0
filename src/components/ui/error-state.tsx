import { isApiError, isInvalidResponse } from '@/lib/api/api-error'

/*
 * How a TypeError that is a programming error reads in V8, SpiderMonkey and JavaScriptCore ("Cannot
 * read properties of undefined", "x is not a function", "can't access property", "undefined is not an
 * object"). A failed fetch says "Failed to fetch", "NetworkError when attempting to fetch resource.",
 * "Load failed" or "fetch failed", and none of these words.
 */
const PROGRAMMING_ERROR = /\bundefined\b|\bnull\b|is not (a function|iterable|an object|a constructor)|cannot (read|destructure|convert|set)|can't access/i

/**
 * A fetch that never got an answer: a TypeError, out of a query (not thrown while rendering, which is
 * a bug or data the page could not show, and no connection would fix), and not worded as a bug.
 */
export function isFetchFailure(error: unknown, fromQuery: boolean): boolean {
  return fromQuery && error instanceof TypeError && !PROGRAMMING_ERROR.test(error.message)
}

function describe(error: unknown, fromQuery: boolean): string {
  if (isInvalidResponse(error)) {
    return error.reason === 'unreadable'
      ? 'The server sent a response we couldn’t read. Nothing has changed on your account; please try again in a moment.'
      : 'This data failed a safety check, so we are not showing it: no figure is better than a wrong one. Please try again later, and contact us if this keeps happening.'
  }
  if (isApiError(error)) {
    if (error.status >= 500) return 'The service is having trouble right now. Your data is safe; please try again.'
    if (error.status === 429) return 'The service is busy right now. Please wait a moment and try again.'
    return error.message
  }
  if (isFetchFailure(error, fromQuery)) return 'We could not reach the server. Check your connection and try again.'
  if (fromQuery) return 'Something went wrong while loading this.'
  return 'Something went wrong while showing this. Please try again, and contact us if it keeps happening.'
}

type Props = {
  error: unknown
  onRetry: () => void
  title?: string
  /** Whether a query failed with this error (rather than the page, while rendering). */
  fromQuery?: boolean
}

/** A failure with a way forward: what happened in plain words, a retry, and a reference for support. */
export function ErrorState({ error, onRetry, title = 'This could not be loaded', fromQuery = false }: Props) {
  const requestId = isApiError(error) || isInvalidResponse(error) ? error.requestId : null
  return (
    <div role="alert" className="error-state">
      <p className="error-state-title">{title}</p>
      <p>{describe(error, fromQuery)}</p>
      {requestId && <p className="muted">Reference: {requestId}</p>}
      <button type="button" className="button-quiet" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
