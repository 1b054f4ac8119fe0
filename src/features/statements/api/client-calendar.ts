import { t } from '@lingui/core/macro'
import type { QueryClient } from '@tanstack/react-query'
import { hasDueEvent, invoiceDueEvent, invoiceQueries, type CalendarEvent } from '@/features/invoices'
import { projectQueries } from '@/features/projects'
import type { Milestone, Project } from '@/lib/api/types'
import { isCalendarDate } from '@/lib/format/date'
import { runLimited } from '../utils/run-limited'

/** Stable per milestone, so a second import moves a rescheduled milestone instead of adding one. */
export const milestoneEventUid = (milestoneId: string) => `milestone-${encodeURIComponent(milestoneId)}@nextoria-portal`

/** Called at export time: its texts are in the language spoken then. */
export function milestoneEvent(project: Pick<Project, 'id' | 'name'>, milestone: Milestone & { due_date: string }, origin: string): CalendarEvent {
  const url = `${origin}/projects/${encodeURIComponent(project.id)}`
  const projectName = project.name
  const milestoneName = milestone.name
  return {
    uid: milestoneEventUid(milestone.id),
    date: milestone.due_date,
    summary: t`${projectName}: ${milestoneName}`,
    description: `${t`Milestone “${milestoneName}” of ${projectName}.`}\n${url}`,
    url,
  }
}

const upcoming = (milestone: Milestone, today: string): milestone is Milestone & { due_date: string } =>
  milestone.status !== 'completed' && isCalendarDate(milestone.due_date) && milestone.due_date >= today

/**
 * The client's calendar: the due date of every open invoice (the lists of sent and overdue invoices,
 * one documented status each) and every upcoming milestone of their projects. Read through the
 * invoices' and projects' own queries, so what the pages already loaded is not fetched again.
 */
export async function clientCalendarEvents(queryClient: QueryClient, clientId: string, today: string, origin: string): Promise<CalendarEvent[]> {
  const [sent, overdue, projectPages] = await Promise.all([
    queryClient.fetchQuery(invoiceQueries.every({ clientId, status: 'sent' })),
    queryClient.fetchQuery(invoiceQueries.every({ clientId, status: 'overdue' })),
    // Every page of the client's projects (rarely more than one).
    queryClient.fetchInfiniteQuery({ ...projectQueries.pages({ clientId }), pages: 1_000 }),
  ])
  const seen = new Set<string>()
  const projects = projectPages.pages.flatMap((page) => page.data).filter((project) => !seen.has(project.id) && Boolean(seen.add(project.id)))
  const milestones = await runLimited(projects, 4, (project) => queryClient.fetchQuery(projectQueries.milestones(project.id)))
  const events = [...sent, ...overdue].filter(hasDueEvent).map((invoice) => invoiceDueEvent(invoice, origin))
  projects.forEach((project, index) => {
    for (const milestone of milestones[index]?.data ?? []) if (upcoming(milestone, today)) events.push(milestoneEvent(project, milestone, origin))
  })
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid))
}
