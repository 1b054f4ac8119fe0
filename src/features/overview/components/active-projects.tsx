import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router-dom'
import { EmptyState } from '@/components/ui/empty-state'
import { ProjectLink, ProjectProgress } from '@/features/projects'
import { usePrefetchedInfiniteQuery } from '@/lib/api/prefetched-query'
import { overviewQueries } from '../api/overview-queries'

export function ActiveProjects({ clientId }: { clientId: string }) {
  const { t } = useLingui()
  const { data, hasNextPage } = usePrefetchedInfiniteQuery(overviewQueries.projects(clientId))
  const active = data.projects.filter((project) => project.status !== 'completed')
  if (active.length === 0 && !hasNextPage) {
    return (
      <EmptyState title={t`No active projects.`}>
        <Trans>Projects your agency shares with you will appear here.</Trans>
      </EmptyState>
    )
  }
  return (
    <>
      <ul className="project-list">
        {active.map((project) => {
          const { name } = project
          return (
            <li key={project.id}>
              <ProjectLink id={project.id} name={name} />
              <ProjectProgress completed={project.completed_task_count} total={project.task_count} label={t`Progress of ${name}`} />
            </li>
          )
        })}
      </ul>
      {hasNextPage && (
        <p>
          <Link to="/projects">
            <Trans>See all your projects</Trans>
          </Link>
        </p>
      )}
    </>
  )
}
