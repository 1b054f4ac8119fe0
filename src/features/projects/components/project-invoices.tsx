import { Link } from 'react-router-dom'
import { EmptyState } from '@/components/ui/empty-state'
import { byNewestIssued, InvoiceTable } from '@/features/invoices'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { projectQueries } from '../api/project-queries'

/** The most recent invoices a project page lists; the invoices page has them all. */
const INVOICES_SHOWN = 20

export function ProjectInvoices({ clientId, projectId }: { clientId: string; projectId: string }) {
  const { data } = usePrefetchedQuery(projectQueries.invoices(clientId, projectId))
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
