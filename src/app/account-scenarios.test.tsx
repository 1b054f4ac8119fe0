import { screen, waitFor, within } from '@testing-library/react'
import { db } from '../../mocks/db'
import { enableScenario } from '../../mocks/scenarios/enable-scenario'
import { LARGE_ACCOUNT_INVOICES } from '../../mocks/scenarios/accounts'
import { SEED } from '../../mocks/seed'
import { renderRoute } from '@/test/render-route'
import { dueOf, isOpen, money, shownAfterPages, sum, totalOf, visibleInvoicesOf } from '@/test/seed-facts'
import { signInAs } from '@/test/sign-in-as'

const panel = (name: string) => screen.getByRole('region', { name })
const field = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement

async function settled() {
  await waitFor(() => expect(screen.queryAllByRole('status', { busy: true })).toEqual([]))
}

describe('empty-account: whoever signs in has nothing yet', () => {
  beforeEach(() => {
    enableScenario('empty-account')
    signInAs(SEED.users.ordinary) // a client with plenty, seen as an empty account
  })

  it('shows the overview’s empty states in every panel', async () => {
    renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: 'Overview' })
    await settled()
    expect(within(panel('Outstanding balance')).getByText('Nothing to pay right now.')).toBeInTheDocument()
    expect(within(panel('Overdue')).getByText('Nothing is overdue.')).toBeInTheDocument()
    expect(within(panel('Next invoice due')).getByText('No invoice is waiting to be paid.')).toBeInTheDocument()
    expect(within(panel('Total billed')).getByText('Nothing billed yet.')).toBeInTheDocument()
    expect(within(panel('Needs your attention')).getByText('You are all paid up.')).toBeInTheDocument()
    expect(within(panel('Active projects')).getByText('No active projects.')).toBeInTheDocument()
    expect(within(panel('Billing over the last 12 months')).getByText('Nothing billed in the last 12 months.')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says what will appear on the invoices page', async () => {
    renderRoute('/invoices')
    expect(await screen.findByText('No invoices yet')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('says what will appear on the projects page', async () => {
    renderRoute('/projects')
    expect(await screen.findByText('No projects yet')).toBeInTheDocument()
  })

  it('shows "Not provided" for every detail on file', async () => {
    renderRoute('/account')
    const client = db.clients.find((c) => c.id === SEED.clients.ordinary)!
    expect(await screen.findByText(client.name, { selector: 'dd' })).toBeInTheDocument()
    for (const label of ['Company', 'Phone', 'Address']) expect(field(label)).toHaveTextContent('Not provided')
    expect(field('Last visit to the portal')).toHaveTextContent('This is your first visit')
  })
})

describe('large-account: 5,000 invoices', () => {
  beforeEach(() => {
    enableScenario('large-account')
    signInAs(SEED.users.large)
  })

  // 5,000 invoices through the fake API in this same thread: close to 5 s on a loaded machine.
  it('totals all of them per currency on the invoices page, showing the first page of rows', async () => {
    renderRoute('/invoices')
    const table = await screen.findByRole<HTMLTableElement>('table', { name: 'Invoices, newest first' })
    const visible = visibleInvoicesOf(SEED.clients.large)
    expect(db.invoices.filter((inv) => inv.client_id === SEED.clients.large)).toHaveLength(LARGE_ACCOUNT_INVOICES)
    const firstPage = shownAfterPages(SEED.clients.large, 1, 50)
    expect(table.tBodies[0]!.rows).toHaveLength(firstPage)
    expect(await screen.findByText(`Showing ${firstPage} of ${visible.length.toLocaleString('en-US')} invoices`)).toBeInTheDocument()

    for (const currency of [...new Set(visible.map((inv) => inv.currency))]) {
      const rows = visible.filter((inv) => inv.currency === currency)
      const card = await screen.findByRole('listitem', { name: `${currency} summary` })
      expect(card).toHaveTextContent(`${currency} · ${rows.length.toLocaleString('en-US')} invoices`)
      expect(within(card).getByText(money(sum(rows.map(totalOf)), currency))).toBeInTheDocument()
      const open = rows.filter((inv) => isOpen(inv.status))
      expect(within(card).getByText(money(sum(open.map(dueOf)), currency))).toBeInTheDocument()
    }
  }, 30_000)

  it('shows the outstanding balance over all of them, one figure per currency', async () => {
    renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: 'Overview' })
    await settled()
    const open = visibleInvoicesOf(SEED.clients.large).filter((inv) => isOpen(inv.status))
    for (const currency of [...new Set(open.map((inv) => inv.currency))]) {
      const due = sum(open.filter((inv) => inv.currency === currency).map(dueOf))
      if (due > 0) expect(within(panel('Outstanding balance')).getByText(money(due, currency))).toBeInTheDocument()
    }
  })
})
