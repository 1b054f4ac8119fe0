import type { ProjectDetail } from '@/lib/api/types'
import { ProjectBudget } from './project-budget'
import { ProjectEndDate, ProjectStartDate } from './project-dates'
import { ProjectProgress } from './project-progress'
import { ProjectStatusBadge } from './project-status-badge'
import './projects.css'

/** The project at a glance: where it stands, when it runs, who leads it and what it has cost. */
export function ProjectSummary({ project, currency }: { project: ProjectDetail; currency: string }) {
  return (
    <dl className="project-facts card">
      <div>
        <dt>Status</dt>
        <dd>
          <ProjectStatusBadge status={project.status} />
        </dd>
      </div>
      <div>
        <dt>Start date</dt>
        <dd>
          <ProjectStartDate ymd={project.start_date} />
        </dd>
      </div>
      <div>
        <dt>End date</dt>
        <dd>
          <ProjectEndDate ymd={project.end_date} />
        </dd>
      </div>
      <div>
        <dt>Team lead</dt>
        <dd className="break-anywhere" dir="auto">
          {project.team_lead?.name ?? <span className="muted">Not assigned</span>}
        </dd>
      </div>
      <div>
        <dt>Progress</dt>
        <dd>
          <ProjectProgress completed={project.completed_task_count} total={project.task_count} label="Project progress" />
        </dd>
      </div>
      <div>
        <dt>Budget</dt>
        <dd>
          <ProjectBudget budget={project.budget} spent={project.budget_spent} currency={currency} />
        </dd>
      </div>
    </dl>
  )
}
