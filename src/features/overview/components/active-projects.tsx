import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { EmptyState } from '@/components/ui/empty-state'
import { ProgressBar } from '@/components/ui/progress-bar'
import { overviewQueries } from '../api/overview-queries'

export function ActiveProjects() {
  const { data } = useSuspenseQuery(overviewQueries.projects())
  const active = data.data.filter((project) => project.status !== 'completed')
  if (active.length === 0) {
    return <EmptyState title="No active projects.">Projects your agency shares with you will appear here.</EmptyState>
  }
  return (
    <ul className="project-list">
      {active.map((project) => {
        const { task_count: total, completed_task_count: done } = project
        const percent = total > 0 ? Math.round((done / total) * 100) : 0
        return (
          <li key={project.id}>
            <Link to={`/projects/${project.id}`} className="break-anywhere">
              {project.name}
            </Link>
            <ProgressBar
              value={done}
              max={Math.max(total, 1)}
              label={`Progress of ${project.name}`}
              valueText={total > 0 ? `${done} of ${total} tasks (${percent}%)` : 'No tasks yet'}
            />
          </li>
        )
      })}
    </ul>
  )
}
