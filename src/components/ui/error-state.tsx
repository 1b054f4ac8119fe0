import { isApiError } from '@/lib/api/api-error'

function describe(error: unknown): string {
  if (isApiError(error)) {
    if (error.status >= 500) return 'The service is having trouble right now. Your data is safe; please try again.'
    return error.message
  }
  if (error instanceof TypeError) return 'We could not reach the server. Check your connection and try again.'
  return 'Something went wrong while loading this.'
}

/** A failure with a way forward: what happened in plain words, a retry, and a reference for support. */
export function ErrorState({ error, onRetry, title = 'This could not be loaded' }: { error: unknown; onRetry: () => void; title?: string }) {
  const requestId = isApiError(error) ? error.requestId : null
  return (
    <div role="alert" className="error-state">
      <p className="error-state-title">{title}</p>
      <p>{describe(error)}</p>
      {requestId && <p className="muted">Reference: {requestId}</p>}
      <button type="button" className="button-quiet" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
