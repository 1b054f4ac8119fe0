import { Trans, useLingui } from '@lingui/react/macro'
import { useEffect, useId, useRef } from 'react'
import { CardRow, CardTable, CardTableBody, CardTableHead, Cell, ColumnHeader, RowHeader } from '@/components/ui/card-table'
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

/** One row per project, each a card where the table has no room (card-table.tsx, projects.css). */
export function ProjectTable({ projects, currency, focusRow = null }: Props) {
  const { t } = useLingui()
  const table = useRef<HTMLTableElement>(null)
  const captionId = useId()

  useEffect(() => {
    if (focusRow === null) return
    table.current?.tBodies[0]?.rows[focusRow]?.querySelector('a')?.focus()
  }, [focusRow, projects.length])

  return (
    <CardTable className="project-table" labelledBy={captionId} caption={t`Your projects`} tableRef={table}>
      <CardTableHead>
        <ColumnHeader>
          <Trans>Project</Trans>
        </ColumnHeader>
        <ColumnHeader>
          <Trans>Status</Trans>
        </ColumnHeader>
        <ColumnHeader>
          <Trans>Start</Trans>
        </ColumnHeader>
        <ColumnHeader>
          <Trans>End</Trans>
        </ColumnHeader>
        <ColumnHeader>
          <Trans>Progress</Trans>
        </ColumnHeader>
        <ColumnHeader>
          <Trans>Budget</Trans>
        </ColumnHeader>
      </CardTableHead>
      <CardTableBody>
        {projects.map((project) => {
          const { name } = project
          return (
            <CardRow key={project.id}>
              <RowHeader className="project-name">
                <ProjectLink id={project.id} name={project.name} />
              </RowHeader>
              <Cell className="project-cell-status">
                <ProjectStatusBadge status={project.status} />
              </Cell>
              <Cell className="project-date project-cell-start" label={<Trans>Start</Trans>}>
                <ProjectStartDate ymd={project.start_date} />
              </Cell>
              <Cell className="project-date project-cell-end" label={<Trans>End</Trans>}>
                <ProjectEndDate ymd={project.end_date} />
              </Cell>
              <Cell className="project-cell-progress" label={<Trans>Progress</Trans>}>
                <ProjectProgress completed={project.completed_task_count} total={project.task_count} label={t`Progress of ${name}`} />
              </Cell>
              <Cell className="project-cell-budget" label={<Trans>Budget</Trans>}>
                <ProjectBudget budget={project.budget} spent={project.budget_spent} currency={currency} />
              </Cell>
            </CardRow>
          )
        })}
      </CardTableBody>
    </CardTable>
  )
}
