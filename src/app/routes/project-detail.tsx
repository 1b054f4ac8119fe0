import type { QueryClient } from '@tanstack/react-query'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useParams, type LoaderFunctionArgs, type Params } from 'react-router-dom'
import { QueryBoundary } from '@/components/query-boundary'
import { EmptyState } from '@/components/ui/empty-state'
import { Skeleton } from '@/components/ui/skeleton'
import { prefetchForClient } from '@/features/account/api/client-id'
import { meQuery } from '@/features/account/api/me-query'
import { invoiceQueries } from '@/features/invoices/api/invoice-queries'
import { InvoiceTable } from '@/features/invoices/components/invoice-table'
import { byNewestIssued } from '@/features/invoices/utils/invoice-figures'
import { projectQueries } from '@/features/projects/api/project-queries'
import { MilestoneTimeline } from '@/features/projects/components/milestone-timeline'
import { ProjectBreadcrumb } from '@/features/projects/components/project-breadcrumb'
import { ProjectNotFound } from '@/features/projects/components/project-not-found'
import { ProjectSummary } from '@/features/projects/components/project-summary'
import { UpcomingDeadlines } from '@/features/projects/components/upcoming-deadlines'
import { isApiError } from '@/lib/api/api-error'
import type { ProjectDetail as Project } from '@/lib/api/types'
import { localToday } from '@/lib/format/date'
import '@/features/projects/components/projects.css'

/** The most recent invoices a project page lists; the invoices page has them all. */
const INVOICES_SHOWN = 20
const projectInvoices = (clientId: string, projectId: string) => invoiceQueries.every({ clientId, projectId })

function projectIdOf(params: Params): string {
  const { projectId } = params
  // The route's path is `projects/:projectId`, so this only fails if the route table is changed.
  if (projectId === undefined) throw new Error('project-detail is mounted without a :projectId')
  return projectId
}

export const projectDetailLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    const projectId = projectIdOf(params)
    void queryClient.prefetchQuery(projectQueries.detail(projectId))
    void queryClient.prefetchQuery(projectQueries.milestones(projectId))
    prefetchForClient(queryClient, (clientId) => void queryClient.prefetchQuery(projectInvoices(clientId, projectId)))
    return null
  }

function MilestonesAndDeadlines({ project }: { project: Project }) {
  const { data } = useSuspenseQuery(projectQueries.milestones(project.id))
  const today = localToday()
  return (
    <>
      <section aria-labelledby="milestones-heading" className="card">
        <h2 id="milestones-heading">Milestones</h2>
        {data.data.length === 0 ? (
          <EmptyState title="No milestones yet">Milestones appear here once the project plan is set.</EmptyState>
        ) : (
          <MilestoneTimeline milestones={data.data} today={today} labelledBy="milestones-heading" />
        )}
      </section>
      <section aria-labelledby="deadlines-heading" className="card">
        <h2 id="deadlines-heading">Upcoming deadlines</h2>
        <UpcomingDeadlines project={project} milestones={data.data} today={today} labelledBy="deadlines-heading" />
      </section>
    </>
  )
}

function ProjectInvoices({ clientId, projectId }: { clientId: string; projectId: string }) {
  const { data } = useSuspenseQuery(projectInvoices(clientId, projectId))
  if (data.length === 0) {
    return <EmptyState title="No invoices for this project yet">Invoices for this project will appear here once they are sent.</EmptyState>
  }
  const shown = [...data].sort(byNewestIssued).slice(0, INVOICES_SHOWN)
  return (
    <>
      <InvoiceTable invoices={shown} />
      {data.length > shown.length && (
        <p className="muted">
          Showing the {shown.length} most recently issued of {data.length} invoices for this project.{' '}
          <Link to="/invoices">See all invoices</Link>
        </p>
      )}
    </>
  )
}

function ProjectView({ projectId }: { projectId: string }) {
  const { data: project } = useSuspenseQuery(projectQueries.detail(projectId))
  const { data: me } = useSuspenseQuery(meQuery)
  return (
    <>
      <ProjectBreadcrumb name={project.name} />
      <h1 className="break-anywhere" dir="auto">
        {project.name}
      </h1>
      {project.description === null ? (
        <p className="muted">No description</p>
      ) : (
        <p className="project-description break-anywhere" dir="auto">
          {project.description}
        </p>
      )}
      <ProjectSummary project={project} currency={me.workspace.default_currency} />
      <div className="project-sections">
        <QueryBoundary loading={<Skeleton label="Loading milestones" />} errorTitle="Milestones could not be loaded">
          <MilestonesAndDeadlines project={project} />
        </QueryBoundary>
        <section aria-labelledby="invoices-heading" className="card project-section-wide">
          <h2 id="invoices-heading">Invoices</h2>
          <QueryBoundary loading={<Skeleton label="Loading invoices" />} errorTitle="Invoices could not be loaded">
            <ProjectInvoices clientId={me.client_id} projectId={project.id} />
          </QueryBoundary>
        </section>
      </div>
    </>
  )
}

export function ProjectDetailPage() {
  const projectId = projectIdOf(useParams())
  return (
    // Keyed by id, so a failure on one project does not stick when the user moves to another.
    <QueryBoundary
      key={projectId}
      loading={<Skeleton label="Loading project" />}
      renderError={(error) => (isApiError(error) && error.status === 404 ? <ProjectNotFound /> : undefined)}
    >
      <ProjectView projectId={projectId} />
    </QueryBoundary>
  )
}
