import { act, screen, waitFor, within } from '@testing-library/react'
import { db } from '../../mocks/db'
import { enableScenario } from '../../mocks/scenarios/enable-scenario'
import { SEED } from '../../mocks/seed'
import { renderRoute } from '@/test/render-route'
import { dueOf, isOpen, money, sum, totalOf, visibleInvoicesOf } from '@/test/seed-facts'
import { signInAs } from '@/test/sign-in-as'

/*
 * A 200 whose body is cut short or breaks the contract's money fields becomes a clear error in the
 * panel that needed it; a wrong figure never reaches the screen, and what was on screen stays.
 */

const UNREADABLE = /The server sent a response we couldn’t read/
const FAILED_CHECK = /This data failed a safety check, so we are not showing it/
const REFRESH_FAILED = /We couldn’t refresh this page/
const INVOICE_PANELS = ['Outstanding balance', 'Overdue', 'Next invoice due', 'Total billed', 'Needs your attention', 'Billing over the last 12 months']

const panel = (name: string) => screen.getByRole('region', { name })
const outstanding = () => money(sum(visibleInvoicesOf(SEED.clients.ordinary).filter((inv) => isOpen(inv.status)).map(dueOf)), 'USD')
/** Any amount of money in any currency the seed uses. */
const AMOUNT = /[$¥€]\s?\d/

async function openOverview() {
  signInAs(SEED.users.ordinary)
  const view = renderRoute('/')
  await screen.findByRole('heading', { level: 1, name: 'Overview' })
  await waitFor(() => expect(screen.queryAllByRole('status', { busy: true })).toEqual([]))
  return view
}

async function openInvoicesExpectingError() {
  signInAs(SEED.users.ordinary)
  renderRoute('/invoices')
  const error = await screen.findByRole('alert')
  expect(error).toHaveTextContent('Your invoices could not be loaded')
  expect(within(error).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  // The rest of the page is still there to use.
  expect(screen.getByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument()
  expect(screen.getByLabelText('Status')).toBeInTheDocument()
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
  return error
}

describe('malformed-json: the invoice list arrives cut short', () => {
  it('says the answer could not be read, with a retry, and keeps the filters', async () => {
    enableScenario('malformed-json')
    expect(await openInvoicesExpectingError()).toHaveTextContent(UNREADABLE)
  })

  it('fails only the overview panels that read invoices; projects still show', async () => {
    enableScenario('malformed-json')
    await openOverview()
    for (const name of INVOICE_PANELS) expect(within(panel(name)).getByRole('alert')).toHaveTextContent(UNREADABLE)
    expect(within(panel('Active projects')).getAllByRole('progressbar').length).toBeGreaterThan(0)
  })

  it('keeps the figures on screen when a refresh arrives cut short', async () => {
    const view = await openOverview()
    enableScenario('malformed-json')
    await act(() => view.queryClient.invalidateQueries())
    expect(await screen.findByText(REFRESH_FAILED)).toBeInTheDocument()
    expect(within(panel('Outstanding balance')).getByText(outstanding())).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('schema-violation: money fields of the wrong type', () => {
  it('refuses the invoice list with a clear message and shows no amount at all', async () => {
    enableScenario('schema-violation')
    expect(await openInvoicesExpectingError()).toHaveTextContent(FAILED_CHECK)
    expect(screen.getByRole('main').textContent).not.toMatch(AMOUNT)
  })

  it('refuses every overview figure built on it, never showing a wrong one; projects still show', async () => {
    enableScenario('schema-violation')
    await openOverview()
    for (const name of INVOICE_PANELS) {
      expect(within(panel(name)).getByRole('alert')).toHaveTextContent(FAILED_CHECK)
      expect(panel(name).textContent).not.toMatch(AMOUNT)
    }
    expect(within(panel('Active projects')).getAllByRole('progressbar').length).toBeGreaterThan(0)
  })

  it('keeps the right figures on screen when a refresh breaks the contract, and never shows the wrong ones', async () => {
    const view = await openOverview()
    const billed = money(sum(visibleInvoicesOf(SEED.clients.ordinary).filter((inv) => inv.status !== 'void').map(totalOf)), 'USD')
    enableScenario('schema-violation')
    await act(() => view.queryClient.invalidateQueries())

    expect(await screen.findByText(REFRESH_FAILED)).toBeInTheDocument()
    expect(within(panel('Outstanding balance')).getByText(outstanding())).toBeInTheDocument()
    expect(within(panel('Total billed')).getByText(billed)).toBeInTheDocument()
    // One figure each, the one loaded before: "168.46" read as minor units would have shown $1.68.
    expect(within(panel('Outstanding balance')).getAllByText(AMOUNT)).toHaveLength(1)
    expect(within(panel('Total billed')).getAllByText(AMOUNT)).toHaveLength(1)
  })

  it('refuses an invoice whose total and line amounts are strings, and keeps the way back', async () => {
    const invoice = db.invoices.find((inv) => inv.client_id === SEED.clients.ordinary && inv.status === 'sent')!
    enableScenario('schema-violation')
    signInAs(SEED.users.ordinary)
    renderRoute(`/invoices/${invoice.id}`)
    const error = await screen.findByRole('alert')
    expect(error).toHaveTextContent('This invoice could not be loaded')
    expect(error).toHaveTextContent(FAILED_CHECK)
    expect(screen.getByRole('main').textContent).not.toMatch(AMOUNT)
    expect(screen.getByRole('link', { name: /Back to invoices/ })).toBeInTheDocument()
  })
})
