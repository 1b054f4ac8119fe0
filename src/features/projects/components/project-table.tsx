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
  const body = useRef<HTMLTableSectionElement>(null)

  useEffect(() => {
    if (focusRow === null) return
    body.current?.rows[focusRow]?.querySelector('a')?.focus()
  }, [focusRow, projects.length])

  return (
    <div className="table-scroll">
      <table className="data-table stack-table">
        <caption className="visually-hidden">Your projects</caption>
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col">Status</th>
            <th scope="col">Start</th>
            <th scope="col">End</th>
            <th scope="col">Progress</th>
            <th scope="col">Budget</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {projects.map((project) => (
            <tr key={project.id}>
              <th scope="row" className="project-name">
                <ProjectLink id={project.id} name={project.name} />
              </th>
              <td data-label="Status">
                <ProjectStatusBadge status={project.status} />
              </td>
              <td data-label="Start" className="project-date">
                <ProjectStartDate ymd={project.start_date} />
              </td>
              <td data-label="End" className="project-date">
                <ProjectEndDate ymd={project.end_date} />
              </td>
              <td data-label="Progress">
                <ProjectProgress
                  completed={project.completed_task_count}
                  total={project.task_count}
                  label={`Progress of ${project.name}`}
                />
              </td>
              <td data-label="Budget">
                <ProjectBudget budget={project.budget} spent={project.budget_spent} currency={currency} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
