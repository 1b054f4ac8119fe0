import { screen, within } from '@testing-library/react'
import { http as untypedHttp, HttpResponse } from 'msw'
import { db } from '../../mocks/db'
import { server } from '../../mocks/node'
import { SEED } from '../../mocks/seed'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'

function openBalance(clientId: string, currency: string): number {
  return db.invoices
    .filter((inv) => inv.client_id === clientId && inv.currency === currency)
    .filter((inv) => inv.status === 'sent' || inv.status === 'overdue')
    .filter((inv) => inv.project_id === null || db.projects.some((p) => p.id === inv.project_id && p.invited))
    .reduce((sum, inv) => {
      const subtotal = inv.line_items.reduce((s, item) => s + Math.round(item.quantity * item.unit_price), 0)
      return sum + subtotal + Math.round(subtotal * inv.tax_rate) - inv.amount_paid
    }, 0)
}

describe('the portal shell on mock data', () => {
  it('shows the agency, the signed-in client and their outstanding balance', async () => {
    signInAs(SEED.users.ordinary)
    renderRoute('/')

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument()
    const banner = screen.getByRole('banner')
    expect(within(banner).getByText(db.workspace.name)).toBeInTheDocument()
    const user = db.users.find((u) => u.id === SEED.users.ordinary)!
    expect(within(banner).getByText(user.name)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main')

    const expected = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(
      openBalance(SEED.clients.ordinary, 'USD') / 100,
    )
    expect(screen.getByText(expected)).toBeInTheDocument()
  })

  it('shows one balance per currency, never a sum across them', async () => {
    signInAs(SEED.users.large)
    renderRoute('/')
    const yen = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'JPY' }).format(
      openBalance(SEED.clients.large, 'JPY'),
    )
    expect(await screen.findByText(yen)).toBeInTheDocument()
    expect(screen.getByText(/in JPY/)).toBeInTheDocument()
    expect(screen.getByText(/in USD/)).toBeInTheDocument()
  })

  it('tells the empty client there is nothing to pay', async () => {
    signInAs(SEED.users.empty)
    renderRoute('/')
    expect(await screen.findByText('Nothing to pay right now.')).toBeInTheDocument()
  })

  it('shows a not-found page with a way back for an unknown address', async () => {
    signInAs(SEED.users.ordinary)
    renderRoute('/no/such/page')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/')
  })

  it('shows an error with a retry, not a blank page, when the API fails', async () => {
    signInAs(SEED.users.ordinary)
    server.use(
      untypedHttp.get('*/v1/me', () =>
        HttpResponse.json({ error: { code: 'unavailable', message: 'The API is down for maintenance.' } }, { status: 503 }),
      ),
    )
    renderRoute('/')
    expect(await screen.findByRole('alert')).toHaveTextContent('The API is down for maintenance.')
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })
})
