import { Trans, useLingui } from '@lingui/react/macro'
import { QueryBoundary } from '@/components/query-boundary'
import { Skeleton } from '@/components/ui/skeleton'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { projectQueries } from '../api/project-queries'
import { ProjectBreadcrumb } from './project-breadcrumb'
import { ProjectInvoices } from './project-invoices'
import { ProjectMilestones } from './project-milestones'
import { ProjectSummary } from './project-summary'

type Props = { projectId: string; clientId: string; currency: string }

/** One project: its facts at once, then milestones and invoices, each loading and failing on its own. */
export function ProjectView({ projectId, clientId, currency }: Props) {
  const { t } = useLingui()
  const { data: project } = usePrefetchedQuery(projectQueries.detail(projectId))
  return (
    <>
      <ProjectBreadcrumb name={project.name} />
      <h1 className="break-anywhere" dir="auto">
        {project.name}
      </h1>
      {project.description === null ? (
        <p className="muted">
          <Trans>No description</Trans>
        </p>
      ) : (
        <p className="project-description break-anywhere" dir="auto">
          {project.description}
        </p>
      )}
      <ProjectSummary project={project} currency={currency} />
      <div className="project-sections">
        <QueryBoundary loading={<Skeleton label={t`Loading milestones`} />} errorTitle={t`Milestones could not be loaded`}>
          <ProjectMilestones project={project} />
        </QueryBoundary>
        <section aria-labelledby="invoices-heading" className="card project-section-wide">
          <h2 id="invoices-heading">
            <Trans>Invoices</Trans>
          </h2>
          <QueryBoundary loading={<Skeleton label={t`Loading invoices`} />} errorTitle={t`Invoices could not be loaded`}>
            <ProjectInvoices clientId={clientId} projectId={project.id} />
          </QueryBoundary>
        </section>
      </div>
    </>
  )
}
