import { Trans, useLingui } from '@lingui/react/macro'
import { EmptyState } from '@/components/ui/empty-state'
import type { ProjectDetail } from '@/lib/api/types'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { localToday } from '@/lib/format/date'
import { projectQueries } from '../api/project-queries'
import { MilestoneTimeline } from './milestone-timeline'
import { UpcomingDeadlines } from './upcoming-deadlines'

/** The project's milestones on a timeline, and what falls due next; both read the one milestones list. */
export function ProjectMilestones({ project }: { project: ProjectDetail }) {
  const { t } = useLingui()
  const { data } = usePrefetchedQuery(projectQueries.milestones(project.id))
  const today = localToday()
  return (
    <>
      <section aria-labelledby="milestones-heading" className="card">
        <h2 id="milestones-heading">
          <Trans>Milestones</Trans>
        </h2>
        {data.data.length === 0 ? (
          <EmptyState title={t`No milestones yet`}>
            <Trans>Milestones appear here once the project plan is set.</Trans>
          </EmptyState>
        ) : (
          <MilestoneTimeline milestones={data.data} today={today} labelledBy="milestones-heading" />
        )}
      </section>
      <section aria-labelledby="deadlines-heading" className="card">
        <h2 id="deadlines-heading">
          <Trans>Upcoming deadlines</Trans>
        </h2>
        <UpcomingDeadlines project={project} milestones={data.data} today={today} labelledBy="deadlines-heading" />
      </section>
    </>
  )
}
