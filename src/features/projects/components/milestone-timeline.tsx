import type { Milestone } from '@/lib/api/types'
import { daysBetween, dueHint, formatDate, formatDateTime } from '@/lib/format/date'
import { MilestoneStatusBadge } from './milestone-status-badge'
import './projects.css'

function MilestoneWhen({ milestone, today }: { milestone: Milestone; today: string }) {
  const { due_date: due, completed_at: completedAt, status } = milestone
  const overdue = status !== 'completed' && due !== null && daysBetween(today, due) < 0
  return (
    <div className="milestone-when">
      {due === null ? (
        <span className="muted">No due date</span>
      ) : (
        <span>
          Due <time dateTime={due}>{formatDate(due)}</time>
        </span>
      )}
      {completedAt !== null && (
        <span>
          Completed <time dateTime={completedAt}>{formatDateTime(completedAt)}</time>
        </span>
      )}
      {status !== 'completed' && due !== null && (
        <span className={overdue ? 'overdue' : 'muted'}>{dueHint(due, today)}</span>
      )}
    </div>
  )
}

/** Milestones in the order the API gives them (by due date, undated last), as steps on a line. */
export function MilestoneTimeline({ milestones, today, labelledBy }: { milestones: Milestone[]; today: string; labelledBy: string }) {
  return (
    // list-style: none makes Safari drop the list role, so it is restated.
    // eslint-disable-next-line jsx-a11y/no-redundant-roles
    <ol role="list" className="milestone-timeline" aria-labelledby={labelledBy}>
      {milestones.map((milestone) => (
        <li key={milestone.id} className={`milestone milestone-${milestone.status}`}>
          <div className="milestone-head">
            <span className="milestone-name break-anywhere" dir="auto">
              {milestone.name}
            </span>
            <MilestoneStatusBadge status={milestone.status} />
          </div>
          <MilestoneWhen milestone={milestone} today={today} />
        </li>
      ))}
    </ol>
  )
}
