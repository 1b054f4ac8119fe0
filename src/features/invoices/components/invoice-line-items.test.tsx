import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { InvoiceDetail } from '@/lib/api/types'
import { InvoiceLineItems } from './invoice-line-items'
import { I18nWrapper } from '@/test/i18n-wrapper'

function invoiceWithLines(count: number): InvoiceDetail {
  const line_items = Array.from({ length: count }, (_, i) => ({ description: `Line ${i + 1}`, quantity: 1, unit_price: 100, amount: 100 }))
  return {
    id: 'inv_many',
    number: 'INV-MANY',
    status: 'sent',
    client: { id: 'client_1', name: 'A client' },
    issue_date: '2026-01-01',
    due_date: '2026-01-31',
    subtotal: count * 100,
    tax: 0,
    total: count * 100,
    amount_paid: 0,
    currency: 'USD',
    created_at: '2026-01-01T00:00:00Z',
    project: null,
    line_items,
    tax_rate: 0,
    notes: null,
    sent_at: null,
    paid_at: null,
    payment_url: null,
  }
}

const bodyRows = () => within(screen.getByRole('table', { name: 'Line items' })).getAllByRole('row').slice(1)

describe('line items', () => {
  it('renders a long invoice a hundred lines at a time, saying how many are shown', async () => {
    const user = userEvent.setup()
    render(<InvoiceLineItems invoice={invoiceWithLines(10_000)} />, { wrapper: I18nWrapper })
    expect(bodyRows()).toHaveLength(100)
    expect(screen.getByRole('status')).toHaveTextContent('Showing 100 of 10,000 lines')
    await user.click(screen.getByRole('button', { name: 'Show 100 more lines' }))
    expect(bodyRows()).toHaveLength(200)
    expect(bodyRows()[199]).toHaveTextContent('Line 200')
    expect(screen.getByRole('status')).toHaveTextContent('Showing 200 of 10,000 lines')
  })

  it('offers only what is left, and nothing once every line is shown', async () => {
    const user = userEvent.setup()
    render(<InvoiceLineItems invoice={invoiceWithLines(130)} />, { wrapper: I18nWrapper })
    await user.click(screen.getByRole('button', { name: 'Show 30 more lines' }))
    expect(bodyRows()).toHaveLength(130)
    expect(screen.queryByRole('button', { name: /more lines/ })).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Showing 130 of 130 lines')
  })

  it('shows a short invoice whole, with no paging at all', () => {
    render(<InvoiceLineItems invoice={invoiceWithLines(3)} />, { wrapper: I18nWrapper })
    expect(bodyRows()).toHaveLength(3)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })
})
