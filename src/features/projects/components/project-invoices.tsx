import { Plural, Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router-dom'
import { EmptyState } from '@/components/ui/empty-state'
import { byNewestIssued, InvoiceTable } from '@/features/invoices'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { displayLocale } from '@/lib/format/display-locale'
import { projectQueries } from '../api/project-queries'

/** The most recent invoices a project page lists; the invoices page has them all. */
const INVOICES_SHOWN = 20

export function ProjectInvoices({ clientId, projectId }: { clientId: string; projectId: string }) {
  const { t } = useLingui()
  const { data } = usePrefetchedQuery(projectQueries.invoices(clientId, projectId))
  if (data.length === 0) {
    return (
      <EmptyState title={t`No invoices for this project yet`}>
        <Trans>Invoices for this project will appear here once they are sent.</Trans>
      </EmptyState>
    )
  }
  const shown = [...data].sort(byNewestIssued).slice(0, INVOICES_SHOWN)
  const total = data.length
  const shownCount = new Intl.NumberFormat(displayLocale()).format(shown.length)
  return (
    <>
      <InvoiceTable invoices={shown} />
      {total > shown.length && (
        <p className="muted">
          <Plural
            value={total}
            one={`Showing the ${shownCount} most recently issued of # invoice for this project.`}
            other={`Showing the ${shownCount} most recently issued of # invoices for this project.`}
          />{' '}
          <Link to="/invoices">
            <Trans>See all invoices</Trans>
          </Link>
        </p>
      )}
    </>
  )
}
