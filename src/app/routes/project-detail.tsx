import { useLingui } from '@lingui/react/macro'
import type { QueryClient } from '@tanstack/react-query'
import { useParams, type LoaderFunctionArgs, type Params } from 'react-router-dom'
import { QueryBoundary } from '@/components/query-boundary'
import { Skeleton } from '@/components/ui/skeleton'
import { meQuery, prefetchForClient } from '@/features/account'
import { ProjectNotFound, projectQueries, ProjectView } from '@/features/projects'
import { isApiError } from '@/lib/api/api-error'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'

function projectIdOf(params: Params): string {
  const { projectId } = params
  // The route's path is `projects/:projectId`, so this only fails if the route table is changed.
  if (projectId === undefined) throw new Error('project-detail is mounted without a :projectId')
  return projectId
}

export const projectDetailLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    const projectId = projectIdOf(params)
    void queryClient.prefetchQuery(projectQueries.detail(projectId))
    void queryClient.prefetchQuery(projectQueries.milestones(projectId))
    prefetchForClient(queryClient, (clientId) => void queryClient.prefetchQuery(projectQueries.invoices(clientId, projectId)))
    return null
  }

export function ProjectDetailPage() {
  const { t } = useLingui()
  const projectId = projectIdOf(useParams())
  const { data: me } = usePrefetchedQuery(meQuery)
  return (
    // Keyed by id, so a failure on one project does not stick when the user moves to another.
    <QueryBoundary
      key={projectId}
      loading={<Skeleton label={t`Loading project`} />}
      renderError={(error) => (isApiError(error) && error.status === 404 ? <ProjectNotFound /> : undefined)}
    >
      <ProjectView projectId={projectId} clientId={me.client_id} currency={me.workspace.default_currency} />
    </QueryBoundary>
  )
}
