import { Trans, useLingui } from '@lingui/react/macro'
import type { ProjectDetail } from '@/lib/api/types'
import { ProjectBudget } from './project-budget'
import { ProjectEndDate, ProjectStartDate } from './project-dates'
import { ProjectProgress } from './project-progress'
import { ProjectStatusBadge } from './project-status-badge'
import './projects.css'

/** The project at a glance: where it stands, when it runs, who leads it and what it has cost. */
export function ProjectSummary({ project, currency }: { project: ProjectDetail; currency: string }) {
  const { t } = useLingui()
  return (
    <dl className="project-facts card">
      <div>
        <dt>
          <Trans>Status</Trans>
        </dt>
        <dd>
          <ProjectStatusBadge status={project.status} />
        </dd>
      </div>
      <div>
        <dt>
          <Trans>Start date</Trans>
        </dt>
        <dd>
          <ProjectStartDate ymd={project.start_date} />
        </dd>
      </div>
      <div>
        <dt>
          <Trans>End date</Trans>
        </dt>
        <dd>
          <ProjectEndDate ymd={project.end_date} />
        </dd>
      </div>
      <div>
        <dt>
          <Trans>Team lead</Trans>
        </dt>
        <dd className="break-anywhere" dir="auto">
          {project.team_lead?.name ?? (
            <span className="muted">
              <Trans>Not assigned</Trans>
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>
          <Trans>Progress</Trans>
        </dt>
        <dd>
          <ProjectProgress completed={project.completed_task_count} total={project.task_count} label={t`Project progress`} />
        </dd>
      </div>
      <div>
        <dt>
          <Trans>Budget</Trans>
        </dt>
        <dd>
          <ProjectBudget budget={project.budget} spent={project.budget_spent} currency={currency} />
        </dd>
      </div>
    </dl>
  )
}
