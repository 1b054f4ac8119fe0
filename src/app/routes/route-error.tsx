import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router-dom'
import { isApiError } from '@/lib/api/api-error'

function describe(error: unknown): { title: string; detail: string; requestId: string | null } {
  if (isApiError(error)) {
    if (error.status === 404) return { title: 'Not found', detail: error.message, requestId: error.requestId }
    return { title: 'Something went wrong', detail: error.message, requestId: error.requestId }
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { title: 'Page not found', detail: 'There is nothing at this address.', requestId: null }
  }
  return { title: 'Something went wrong', detail: 'The page could not be loaded.', requestId: null }
}

/** A route's failure, with a way forward: try again (re-running its loaders) or go to the overview. */
export function RouteError() {
  const error = useRouteError()
  const navigate = useNavigate()
  const { title, detail, requestId } = describe(error)
  return (
    <div role="alert" className="route-error">
      <h1>{title}</h1>
      <p>{detail}</p>
      {requestId && <p className="muted">Reference: {requestId}</p>}
      <p>
        <button type="button" onClick={() => void navigate('.', { replace: true })}>
          Try again
        </button>{' '}
        <a href="/">Go to the overview</a>
      </p>
    </div>
  )
}
