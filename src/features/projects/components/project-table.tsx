import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useRef } from 'react'
import type { Project } from '@/lib/api/types'
import { ProjectBudget } from './project-budget'
import { ProjectEndDate, ProjectStartDate } from './project-dates'
import { ProjectLink } from './project-link'
import { ProjectProgress } from './project-progress'
import { ProjectStatusBadge } from './project-status-badge'
import './projects.css'

type Props = {
  projects: Project[]
  currency: string
  /** After "Show more", focus moves to this row's link, so it does not fall to the page when the button goes. */
  focusRow?: number | null
}

/** One row per project; on narrow screens the rows become cards (see projects.css). */
export function ProjectTable({ projects, currency, focusRow = null }: Props) {
  const { t } = useLingui()
  const body = useRef<HTMLTableSectionElement>(null)

  useEffect(() => {
    if (focusRow === null) return
    body.current?.rows[focusRow]?.querySelector('a')?.focus()
  }, [focusRow, projects.length])

  return (
    <div className="table-scroll">
      <table className="data-table stack-table">
        <caption className="visually-hidden">
          <Trans>Your projects</Trans>
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <Trans>Project</Trans>
            </th>
            <th scope="col">
              <Trans>Status</Trans>
            </th>
            <th scope="col">
              <Trans>Start</Trans>
            </th>
            <th scope="col">
              <Trans>End</Trans>
            </th>
            <th scope="col">
              <Trans>Progress</Trans>
            </th>
            <th scope="col">
              <Trans>Budget</Trans>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {projects.map((project) => {
            const { name } = project
            return (
            <tr key={project.id}>
              <th scope="row" className="project-name">
                <ProjectLink id={project.id} name={project.name} />
              </th>
              <td data-label={t`Status`}>
                <ProjectStatusBadge status={project.status} />
              </td>
              <td data-label={t`Start`} className="project-date">
                <ProjectStartDate ymd={project.start_date} />
              </td>
              <td data-label={t`End`} className="project-date">
                <ProjectEndDate ymd={project.end_date} />
              </td>
              <td data-label={t`Progress`}>
                <ProjectProgress
                  completed={project.completed_task_count}
                  total={project.task_count}
                  label={t`Progress of ${name}`}
                />
              </td>
              <td data-label={t`Budget`}>
                <ProjectBudget budget={project.budget} spent={project.budget_spent} currency={currency} />
              </td>
            </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
