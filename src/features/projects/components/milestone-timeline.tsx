import { Trans } from '@lingui/react/macro'
import type { Milestone } from '@/lib/api/types'
import { daysBetween, dueHint, formatDate, formatDateTime, isCalendarDate, NOT_A_DATE } from '@/lib/format/date'
import { MilestoneStatusBadge } from './milestone-status-badge'
import './projects.css'

function MilestoneWhen({ milestone, today }: { milestone: Milestone; today: string }) {
  const { due_date: due, completed_at: completedAt, status } = milestone
  const days = due === null ? null : daysBetween(today, due)
  const overdue = status !== 'completed' && days !== null && days < 0
  const hint = status !== 'completed' && due !== null ? dueHint(due, today) : null
  // The dates as named values, since a message's variables are plain names (a translator sees {dueOn}).
  const dueOn = due !== null && isCalendarDate(due) ? <time dateTime={due}>{formatDate(due)}</time> : NOT_A_DATE
  const completedOn = completedAt === null ? null : <time dateTime={completedAt}>{formatDateTime(completedAt)}</time>
  return (
    <div className="milestone-when">
      {due === null ? (
        <span className="muted">
          <Trans>No due date</Trans>
        </span>
      ) : (
        <span>
          <Trans>
            Due <bdi>{dueOn}</bdi>
          </Trans>
        </span>
      )}
      {completedOn !== null && (
        <span>
          <Trans>
            Completed <bdi>{completedOn}</bdi>
          </Trans>
        </span>
      )}
      {hint !== null && <span className={overdue ? 'overdue' : 'muted'}>{hint}</span>}
    </div>
  )
}

const KNOWN: ReadonlySet<string> = new Set<Milestone['status']>(['pending', 'in_progress', 'completed'])

/**
 * Milestones in the order the API gives them (by due date, undated last), as steps on a line. The line
 * and its dots are projects.css's, in logical properties: on the reading side, so at the right in Arabic.
 */
export function MilestoneTimeline({ milestones, today, labelledBy }: { milestones: Milestone[]; today: string; labelledBy: string }) {
  return (
    // list-style: none makes Safari drop the list role, so it is restated.
    // eslint-disable-next-line jsx-a11y/no-redundant-roles
    <ol role="list" className="milestone-timeline" aria-labelledby={labelledBy}>
      {milestones.map((milestone) => (
        // Only a known status names a class: the API's string must not pick another rule's class.
        <li key={milestone.id} className={`milestone milestone-${KNOWN.has(milestone.status) ? milestone.status : 'unknown'}`}>
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
