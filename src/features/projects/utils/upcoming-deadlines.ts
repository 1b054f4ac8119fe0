import { t } from '@lingui/core/macro'
import type { Milestone, ProjectDetail } from '@/lib/api/types'
import { isCalendarDate } from '@/lib/format/date'

export type Deadline = { key: string; label: string; date: string; isProjectEnd: boolean }

/**
 * What is still ahead: unfinished milestones due today or later, and the project's own end date,
 * soonest first. Dates are compared as `YYYY-MM-DD` strings, which order as the calendar does; a date
 * that is not one ("soon", 2026-02-30) would compare as any string does, so it is no deadline.
 * Called during render: the project end's label is in the language spoken then.
 */
export function upcomingDeadlines(project: Pick<ProjectDetail, 'end_date'>, milestones: Milestone[], today: string): Deadline[] {
  const deadlines: Deadline[] = milestones
    .filter((m): m is Milestone & { due_date: string } => m.status !== 'completed' && isCalendarDate(m.due_date) && m.due_date >= today)
    .map((m) => ({ key: m.id, label: m.name, date: m.due_date, isProjectEnd: false }))
  if (isCalendarDate(project.end_date) && project.end_date >= today) {
    deadlines.push({ key: 'project-end', label: t`Project end date`, date: project.end_date, isProjectEnd: true })
  }
  // A stable sort keeps a milestone ahead of the project end that falls on the same day.
  return deadlines.sort((a, b) => a.date.localeCompare(b.date))
}
