import type { QueryClient } from '@tanstack/react-query'
import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { QueryBoundary } from '@/components/query-boundary'
import { Skeleton } from '@/components/ui/skeleton'
import { prefetchForClient } from '@/features/account/api/client-id'
import { meQuery } from '@/features/account/api/me-query'
import { overviewQueries } from '@/features/overview/api/overview-queries'
import { ActiveProjects } from '@/features/overview/components/active-projects'
import { BillingHistory } from '@/features/overview/components/billing-history'
import { OutstandingBalance, OverdueSummary, TotalBilled } from '@/features/overview/components/money-summary'
import { NextDue } from '@/features/overview/components/next-due'
import { OpenInvoices } from '@/features/overview/components/open-invoices'
import { localToday } from '@/lib/format/date'
import '@/features/overview/components/overview.css'

/**
 * Every query of the page starts here at once, beside the shell's `/me`: one round of parallel
 * requests, no waterfall (the three invoice lists are the same ones several panels read).
 */
export const overviewLoader = (queryClient: QueryClient) => () => {
  prefetchForClient(queryClient, (clientId) => {
    for (const query of overviewQueries.billed(clientId)) void queryClient.prefetchQuery(query)
    void queryClient.prefetchInfiniteQuery(overviewQueries.projects(clientId))
  })
  return null
}

/** A card whose content loads and fails on its own, so one slow or failed figure never blanks the page. */
function Panel({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section className="card overview-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <QueryBoundary loading={<Skeleton label={`Loading ${title.toLowerCase()}`} lines={2} />} errorTitle={`${title} could not be loaded`}>
        {children}
      </QueryBoundary>
    </section>
  )
}

export function OverviewPage() {
  const clientId = useSuspenseQuery(meQuery).data.client_id
  return (
    <>
      <h1>Overview</h1>
      <div className="overview-grid">
        <Panel title="Outstanding balance" id="outstanding">
          <OutstandingBalance clientId={clientId} />
        </Panel>
        <Panel title="Overdue" id="overdue">
          <OverdueSummary clientId={clientId} />
        </Panel>
        <Panel title="Next invoice due" id="next-due">
          <NextDue clientId={clientId} />
        </Panel>
        <Panel title="Total billed" id="billed">
          <TotalBilled clientId={clientId} />
        </Panel>
      </div>
      <div className="overview-grid">
        <Panel title="Needs your attention" id="attention">
          <OpenInvoices clientId={clientId} />
        </Panel>
        <Panel title="Active projects" id="projects">
          <ActiveProjects clientId={clientId} />
        </Panel>
      </div>
      <Panel title="Billing over the last 12 months" id="history">
        <BillingHistory clientId={clientId} today={localToday()} />
      </Panel>
    </>
  )
}
