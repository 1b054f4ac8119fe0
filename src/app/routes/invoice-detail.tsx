import { Trans, useLingui } from '@lingui/react/macro'
import type { QueryClient } from '@tanstack/react-query'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router-dom'
import { QueryBoundary } from '@/components/query-boundary'
import { Skeleton } from '@/components/ui/skeleton'
import { meQuery } from '@/features/account'
import { InvoiceDetail, InvoiceNotFound, invoiceQueries } from '@/features/invoices'
import { isApiError } from '@/lib/api/api-error'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'

export const invoiceDetailLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    if (params.invoiceId) void queryClient.prefetchQuery(invoiceQueries.detail(params.invoiceId))
    return null
  }

/** The API answers 404 alike for an unknown invoice and for another client's: both are "not found". */
const notFound = (error: unknown) => (isApiError(error) && error.status === 404 ? <InvoiceNotFound /> : undefined)

export function InvoiceDetailPage() {
  const { t } = useLingui()
  const { invoiceId = '' } = useParams()
  const me = usePrefetchedQuery(meQuery).data
  return (
    <>
      <p className="no-print">
        <Link to="/invoices">
          {/* The space outside the arrow's box, which turns around right to left. */}
          <span aria-hidden="true" className="direction-arrow">
            ←
          </span>{' '}
          <Trans>Back to invoices</Trans>
        </Link>
      </p>
      {/* Keyed, so a failure on one invoice does not stay on screen after moving to another. */}
      <QueryBoundary
        key={invoiceId}
        loading={<Skeleton label={t`Loading invoice`} />}
        renderError={notFound}
        errorTitle={t`This invoice could not be loaded`}
      >
        <InvoiceDetail invoiceId={invoiceId} billedTo={me.name} />
      </QueryBoundary>
    </>
  )
}
