import { Trans, useLingui } from '@lingui/react/macro'
import type { QueryClient } from '@tanstack/react-query'
import { useSearchParams, type LoaderFunctionArgs } from 'react-router-dom'
import { QueryBoundary } from '@/components/query-boundary'
import { meQuery, prefetchForClient } from '@/features/account'
import {
  readStatementPeriod,
  StatementAbout,
  StatementPeriodForm,
  StatementPreparing,
  statementQueries,
  statementSearch,
  StatementView,
} from '@/features/statements'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { localToday } from '@/lib/format/date'

/** Starts everything the period's statement is built from at navigation; the page reads the same query. */
export const statementLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const period = readStatementPeriod(new URL(request.url).searchParams, localToday())
    prefetchForClient(queryClient, (clientId) => {
      void queryClient.prefetchQuery(statementQueries.ledger(queryClient, clientId, period.to))
    })
    return null
  }

export function StatementPage() {
  const { t } = useLingui()
  const me = usePrefetchedQuery(meQuery).data
  const [params, setParams] = useSearchParams()
  const today = localToday()
  const period = readStatementPeriod(params, today)
  const key = `${period.from}:${period.to}`
  return (
    <>
      <div className="page-header">
        <h1>
          <Trans>Statement</Trans>
        </h1>
      </div>
      <StatementAbout agencyName={me.workspace.name} />
      <StatementPeriodForm value={period} today={today} onChange={(next) => setParams(statementSearch(next))} />
      <QueryBoundary
        key={key}
        loading={<StatementPreparing clientId={me.client_id} to={period.to} />}
        errorTitle={t`Your statement could not be prepared`}
      >
        <StatementView clientId={me.client_id} from={period.from} to={period.to} today={today} />
      </QueryBoundary>
    </>
  )
}
