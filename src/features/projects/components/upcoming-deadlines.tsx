import { useLingui } from '@lingui/react/macro'
import type { Milestone, ProjectDetail } from '@/lib/api/types'
import { EmptyState } from '@/components/ui/empty-state'
import { dueHint, formatDate } from '@/lib/format/date'
import { upcomingDeadlines } from '../utils/upcoming-deadlines'
import './projects.css'

type Props = { project: Pick<ProjectDetail, 'end_date'>; milestones: Milestone[]; today: string; labelledBy: string }

export function UpcomingDeadlines({ project, milestones, today, labelledBy }: Props) {
  const { t } = useLingui()
  const deadlines = upcomingDeadlines(project, milestones, today)
  if (deadlines.length === 0) return <EmptyState title={t`No upcoming deadlines`} />
  return (
    <ul className="deadline-list" aria-labelledby={labelledBy}>
      {deadlines.map((deadline) => (
        <li key={deadline.key}>
          <span className="milestone-name break-anywhere" dir="auto">
            {deadline.label}
          </span>
          <br />
          <time dateTime={deadline.date}>{formatDate(deadline.date)}</time>{' '}
          <span className="muted">({dueHint(deadline.date, today) ?? formatDate(deadline.date)})</span>
        </li>
      ))}
    </ul>
  )
}
