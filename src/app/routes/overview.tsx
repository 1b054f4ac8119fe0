import type { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { QueryBoundary } from '@/components/query-boundary'
import { Skeleton } from '@/components/ui/skeleton'
import { lastTwelveMonths, overviewQueries } from '@/features/overview/api/overview-queries'
import { ActiveProjects } from '@/features/overview/components/active-projects'
import { BillingHistory } from '@/features/overview/components/billing-history'
import { OutstandingBalance, OverdueSummary, TotalBilled } from '@/features/overview/components/money-summary'
import { NextDue } from '@/features/overview/components/next-due'
import { OpenInvoices } from '@/features/overview/components/open-invoices'
import { localToday } from '@/lib/format/date'
import '@/features/overview/components/overview.css'

/** Every query of the page starts here at once: one round of parallel requests, no waterfall. */
export const overviewLoader = (queryClient: QueryClient) => () => {
  const invoiceLists = [
    overviewQueries.open(),
    overviewQueries.overdue(),
    overviewQueries.nextDue(),
    overviewQueries.billed(),
    ...lastTwelveMonths(localToday()).map((month) => overviewQueries.month(month)),
  ]
  for (const query of invoiceLists) void queryClient.prefetchQuery(query)
  void queryClient.prefetchQuery(overviewQueries.projects())
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
  return (
    <>
      <h1>Overview</h1>
      <div className="overview-grid">
        <Panel title="Outstanding balance" id="outstanding">
          <OutstandingBalance />
        </Panel>
        <Panel title="Overdue" id="overdue">
          <OverdueSummary />
        </Panel>
        <Panel title="Next invoice due" id="next-due">
          <NextDue />
        </Panel>
        <Panel title="Total billed" id="billed">
          <TotalBilled />
        </Panel>
      </div>
      <div className="overview-grid">
        <Panel title="Needs your attention" id="attention">
          <OpenInvoices />
        </Panel>
        <Panel title="Active projects" id="projects">
          <ActiveProjects />
        </Panel>
      </div>
      <Panel title="Billing over the last 12 months" id="history">
        <BillingHistory today={localToday()} />
      </Panel>
    </>
  )
}
