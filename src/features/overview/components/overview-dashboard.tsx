import { lazy, Suspense } from 'react'
import { Link } from 'react-router-dom'
import { ActiveProjects } from './active-projects'
import { BillingHistory } from './billing-history'
import { OutstandingBalance, OverdueSummary, TotalBilled } from './money-summary'
import { NextDue } from './next-due'
import { OpenInvoices } from './open-invoices'
import { OverviewPanel as Panel } from './overview-panel'
import './overview.css'

// The calendar export is code few visits use: loaded after the overview, so its first paint does not carry it.
const CalendarExportButton = lazy(() => import('@/features/statements').then((m) => ({ default: m.CalendarExportButton })))

/** What the client owes and how their work is going, each panel on its own; `today` is a calendar date. */
export function OverviewDashboard({ clientId, today }: { clientId: string; today: string }) {
  return (
    <>
      <div className="overview-exports">
        <Link to="/statement">Your statement</Link>
        <Suspense fallback={null}>
          <CalendarExportButton clientId={clientId} />
        </Suspense>
      </div>
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
        <BillingHistory clientId={clientId} today={today} />
      </Panel>
    </>
  )
}
