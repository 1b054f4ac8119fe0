import { useQueryClient } from '@tanstack/react-query'
import { PrefetchLink } from '@/components/prefetch-link'
import { projectQueries } from '../api/project-queries'

/** A link to a project's page that starts loading it when the pointer rests on it or it gets focus. */
export function ProjectLink({ id, name }: { id: string; name: string }) {
  const queryClient = useQueryClient()
  return (
    <PrefetchLink
      to={`/projects/${encodeURIComponent(id)}`}
      dir="auto"
      className="break-anywhere"
      prefetch={() => {
        void queryClient.prefetchQuery(projectQueries.detail(id))
        void queryClient.prefetchQuery(projectQueries.milestones(id))
      }}
    >
      {name}
    </PrefetchLink>
  )
}
