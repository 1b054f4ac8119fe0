import { Link } from 'react-router-dom'
import { EmptyState } from '@/components/ui/empty-state'
import { ProjectLink, ProjectProgress } from '@/features/projects'
import { usePrefetchedInfiniteQuery } from '@/lib/api/prefetched-query'
import { overviewQueries } from '../api/overview-queries'

export function ActiveProjects({ clientId }: { clientId: string }) {
  const { data, hasNextPage } = usePrefetchedInfiniteQuery(overviewQueries.projects(clientId))
  const active = data.projects.filter((project) => project.status !== 'completed')
  if (active.length === 0 && !hasNextPage) {
    return <EmptyState title="No active projects.">Projects your agency shares with you will appear here.</EmptyState>
  }
  return (
    <>
      <ul className="project-list">
        {active.map((project) => (
          <li key={project.id}>
            <ProjectLink id={project.id} name={project.name} />
            <ProjectProgress
              completed={project.completed_task_count}
              total={project.task_count}
              label={`Progress of ${project.name}`}
            />
          </li>
        ))}
      </ul>
      {hasNextPage && (
        <p>
          <Link to="/projects">See all your projects</Link>
        </p>
      )}
    </>
  )
}
