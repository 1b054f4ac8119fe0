import { t } from '@lingui/core/macro'
import { Trans } from '@lingui/react/macro'
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router-dom'
import { isApiError } from '@/lib/api/api-error'
import { apiErrorText } from '@/lib/api/api-error-text'
import { RequestReference } from '@/components/ui/request-reference'

/** Called while the error renders, so its words are in the language of the moment. */
function describe(error: unknown): { title: string; detail: string; requestId: string | null } {
  if (isApiError(error)) {
    if (error.status === 404) return { title: t`Not found`, detail: apiErrorText(error), requestId: error.requestId }
    return { title: t`Something went wrong`, detail: apiErrorText(error), requestId: error.requestId }
  }
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { title: t`Page not found`, detail: t`There is nothing at this address.`, requestId: null }
  }
  return { title: t`Something went wrong`, detail: t`The page could not be loaded.`, requestId: null }
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
      <RequestReference requestId={requestId} />
      <p>
        <button type="button" onClick={() => void navigate('.', { replace: true })}>
          <Trans>Try again</Trans>
        </button>{' '}
        <a href="/">
          <Trans>Go to the overview</Trans>
        </a>
      </p>
    </div>
  )
}
