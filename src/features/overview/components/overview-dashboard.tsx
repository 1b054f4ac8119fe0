import { msg } from '@lingui/core/macro'
import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router-dom'
import { CalendarExportButton } from '@/features/statements'
import { ActiveProjects } from './active-projects'
import { BillingHistory } from './billing-history'
import { OutstandingBalance, OverdueSummary, TotalBilled } from './money-summary'
import { NextDue } from './next-due'
import { OpenInvoices } from './open-invoices'
import { OverviewPanel as Panel, type PanelMessages } from './overview-panel'
import './overview.css'

/** Each panel's words, turned into text when the panel renders. */
const PANELS = {
  outstanding: {
    title: msg`Outstanding balance`,
    loading: msg`Loading outstanding balance`,
    failed: msg`Outstanding balance could not be loaded`,
  },
  overdue: { title: msg`Overdue`, loading: msg`Loading overdue`, failed: msg`Overdue could not be loaded` },
  nextDue: { title: msg`Next invoice due`, loading: msg`Loading next invoice due`, failed: msg`Next invoice due could not be loaded` },
  billed: { title: msg`Total billed`, loading: msg`Loading total billed`, failed: msg`Total billed could not be loaded` },
  attention: {
    title: msg`Needs your attention`,
    loading: msg`Loading needs your attention`,
    failed: msg`Needs your attention could not be loaded`,
  },
  projects: { title: msg`Active projects`, loading: msg`Loading active projects`, failed: msg`Active projects could not be loaded` },
  history: {
    title: msg`Billing over the last 12 months`,
    loading: msg`Loading billing over the last 12 months`,
    failed: msg`Billing over the last 12 months could not be loaded`,
  },
} satisfies Record<string, PanelMessages>

/** What the client owes and how their work is going, each panel on its own; `today` is a calendar date. */
export function OverviewDashboard({ clientId, today }: { clientId: string; today: string }) {
  return (
    <>
      <div className="overview-exports">
        <Link to="/statement">
          <Trans>Your statement</Trans>
        </Link>
        <CalendarExportButton clientId={clientId} />
      </div>
      <div className="overview-grid">
        <Panel messages={PANELS.outstanding} id="outstanding">
          <OutstandingBalance clientId={clientId} />
        </Panel>
        <Panel messages={PANELS.overdue} id="overdue">
          <OverdueSummary clientId={clientId} />
        </Panel>
        <Panel messages={PANELS.nextDue} id="next-due">
          <NextDue clientId={clientId} />
        </Panel>
        <Panel messages={PANELS.billed} id="billed">
          <TotalBilled clientId={clientId} />
        </Panel>
      </div>
      <div className="overview-grid">
        <Panel messages={PANELS.attention} id="attention">
          <OpenInvoices clientId={clientId} />
        </Panel>
        <Panel messages={PANELS.projects} id="projects">
          <ActiveProjects clientId={clientId} />
        </Panel>
      </div>
      <Panel messages={PANELS.history} id="history">
        <BillingHistory clientId={clientId} today={today} />
      </Panel>
    </>
  )
}
