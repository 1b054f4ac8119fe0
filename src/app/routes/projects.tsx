import { Trans, useLingui } from '@lingui/react/macro'
import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router-dom'
import { QueryBoundary } from '@/components/query-boundary'
import { Skeleton } from '@/components/ui/skeleton'
import { meQuery, prefetchForClient } from '@/features/account'
import { ProjectList, projectQueries } from '@/features/projects'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'

export const projectsLoader = (queryClient: QueryClient) => (_args: LoaderFunctionArgs) => {
  prefetchForClient(queryClient, (clientId) => void queryClient.prefetchInfiniteQuery(projectQueries.pages({ clientId })))
  return null
}

export function ProjectsPage() {
  const { t } = useLingui()
  const { data: me } = usePrefetchedQuery(meQuery)
  return (
    <>
      <div className="page-header">
        <h1>
          <Trans>Projects</Trans>
        </h1>
      </div>
      <QueryBoundary loading={<Skeleton label={t`Loading projects`} />} errorTitle={t`Your projects could not be loaded`}>
        <ProjectList clientId={me.client_id} agencyName={me.workspace.name} currency={me.workspace.default_currency} />
      </QueryBoundary>
    </>
  )
}
