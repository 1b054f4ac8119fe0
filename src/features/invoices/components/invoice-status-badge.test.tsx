import { render, screen } from '@testing-library/react'
import { InvoiceStatusBadge } from './invoice-status-badge'

describe('the invoice status badge', () => {
  it('names the statuses it knows', () => {
    render(<InvoiceStatusBadge status="overdue" />)
    expect(screen.getByText('Overdue')).toHaveClass('badge-danger')
  })

  it.each([['refunded'], ['constructor'], ['__proto__'], ['toString'], ['']])('shows %j as a neutral "Unknown status"', (status) => {
    render(<InvoiceStatusBadge status={status as never} />)
    expect(screen.getByText('Unknown status')).toHaveClass('badge-neutral')
  })
})
