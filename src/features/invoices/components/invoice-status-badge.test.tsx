import { render, screen } from '@testing-library/react'
import { InvoiceStatusBadge } from './invoice-status-badge'
import { I18nWrapper } from '@/test/i18n-wrapper'

describe('the invoice status badge', () => {
  it('names the statuses it knows', () => {
    render(<InvoiceStatusBadge status="overdue" />, { wrapper: I18nWrapper })
    expect(screen.getByText('Overdue')).toHaveClass('badge-danger')
  })

  it.each([['refunded'], ['constructor'], ['__proto__'], ['toString'], ['']])('shows %j as a neutral "Unknown status"', (status) => {
    render(<InvoiceStatusBadge status={status as never} />, { wrapper: I18nWrapper })
    expect(screen.getByText('Unknown status')).toHaveClass('badge-neutral')
  })
})
