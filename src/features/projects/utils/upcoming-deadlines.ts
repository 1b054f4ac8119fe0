import type { Milestone, ProjectDetail } from '@/lib/api/types'

export type Deadline = { key: string; label: string; date: string; isProjectEnd: boolean }

/**
 * What is still ahead: unfinished milestones due today or later, and the project's own end date,
 * soonest first. Dates are compared as `YYYY-MM-DD` strings, which order as the calendar does.
 */
export function upcomingDeadlines(project: Pick<ProjectDetail, 'end_date'>, milestones: Milestone[], today: string): Deadline[] {
  const deadlines: Deadline[] = milestones
    .filter((m): m is Milestone & { due_date: string } => m.status !== 'completed' && m.due_date !== null && m.due_date >= today)
    .map((m) => ({ key: m.id, label: m.name, date: m.due_date, isProjectEnd: false }))
  if (project.end_date !== null && project.end_date >= today) {
    deadlines.push({ key: 'project-end', label: 'Project end date', date: project.end_date, isProjectEnd: true })
  }
  // A stable sort keeps a milestone ahead of the project end that falls on the same day.
  return deadlines.sort((a, b) => a.date.localeCompare(b.date))
}
