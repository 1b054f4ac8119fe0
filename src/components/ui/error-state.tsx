import { t } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { isApiError, isInvalidResponse } from '@/lib/api/api-error'
import { apiErrorText } from '@/lib/api/api-error-text'
import { isNetworkError } from '@/lib/api/network-error'
import { RequestReference } from './request-reference'

/** Called while the error renders, so its words are in the language of the moment. */
function describe(error: unknown, fromQuery: boolean): string {
  if (isInvalidResponse(error)) {
    return error.reason === 'unreadable'
      ? t`The server sent a response we couldn’t read. Nothing has changed on your account; please try again in a moment.`
      : t`This data failed a safety check, so we are not showing it: no figure is better than a wrong one. Please try again later, and contact us if this keeps happening.`
  }
  if (isApiError(error)) {
    if (error.status >= 500) return t`The service is having trouble right now. Your data is safe; please try again.`
    if (error.status === 429) return t`The service is busy right now. Please wait a moment and try again.`
    return apiErrorText(error)
  }
  // Only the app's fetch makes this error: a TypeError thrown while rendering is a broken page, not the network.
  if (isNetworkError(error)) return t`We could not reach the server. Check your connection and try again.`
  if (fromQuery) return t`Something went wrong while loading this.`
  return t`Something went wrong while showing this. Please try again, and contact us if it keeps happening.`
}

type Props = {
  error: unknown
  onRetry: () => void
  title?: string
  /** Whether a query failed with this error (rather than the page, while rendering). */
  fromQuery?: boolean
}

/** A failure with a way forward: what happened in plain words, a retry, and a reference for support. */
export function ErrorState({ error, onRetry, title, fromQuery = false }: Props) {
  const { t: translate } = useLingui()
  const requestId = isApiError(error) || isInvalidResponse(error) ? error.requestId : null
  return (
    <div role="alert" className="error-state">
      <p className="error-state-title">{title ?? translate`This could not be loaded`}</p>
      <p>{describe(error, fromQuery)}</p>
      <RequestReference requestId={requestId} />
      <button type="button" className="button-quiet" onClick={onRetry}>
        <Trans>Try again</Trans>
      </button>
    </div>
  )
}
