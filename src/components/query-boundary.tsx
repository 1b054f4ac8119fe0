import { QueryClientContext, QueryErrorResetBoundary, type QueryClient } from '@tanstack/react-query'
import { Suspense, useContext, type ReactNode } from 'react'
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
 * Whether a query in the cache failed with exactly this error: a suspending query rethrows its own
 * error object, while an error thrown by rendering (a TypeError on data the page did not expect) is
 * held by no query, and is no network failure whatever its type.
 */
function failedInQuery(queryClient: QueryClient | undefined, error: unknown): boolean {
  return queryClient?.getQueryCache().getAll().some((query) => query.state.error === error) ?? false
}

/**
 * One panel's loading and failure, kept to that panel: a failing query shows an error with a retry
 * in its place, and the rest of the page stays. Retry resets the failed queries and renders again.
 */
export function QueryBoundary({ loading, renderError, errorTitle, children }: Props) {
  const queryClient = useContext(QueryClientContext)
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={(error, retry) =>
            renderError?.(error, retry) ?? (
              <ErrorState error={error} onRetry={retry} title={errorTitle} fromQuery={failedInQuery(queryClient, error)} />
            )
          }
        >
          <Suspense fallback={loading}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
