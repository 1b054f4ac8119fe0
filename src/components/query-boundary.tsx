import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { ErrorBoundary } from './ui/error-boundary'
import { ErrorState } from './ui/error-state'

type Props = {
  /** Shown while the queries inside suspend. */
  loading: ReactNode
  /** Shown instead of the generic error for some failures, e.g. a 404 as a not-found view. */
  renderError?: (error: unknown, retry: () => void) => ReactNode | undefined
  errorTitle?: string
  children: ReactNode
}

/**
 * One panel's loading and failure, kept to that panel: a failing query shows an error with a retry
 * in its place, and the rest of the page stays. Retry resets the failed queries and renders again.
 */
export function QueryBoundary({ loading, renderError, errorTitle, children }: Props) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={(error, retry) =>
            renderError?.(error, retry) ?? <ErrorState error={error} onRetry={retry} title={errorTitle} />
          }
        >
          <Suspense fallback={loading}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
