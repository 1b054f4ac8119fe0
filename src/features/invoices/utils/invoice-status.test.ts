import { isKnownStatus, isOpen, shownToClient } from './invoice-status'

describe('invoice statuses', () => {
  it('knows exactly the five the contract names', () => {
    for (const status of ['draft', 'sent', 'paid', 'overdue', 'void']) expect(isKnownStatus(status), status).toBe(true)
    for (const status of ['refunded', 'written_off', '', 'SENT', 'constructor', 'toString']) expect(isKnownStatus(status), status).toBe(false)
  })

  it('shows every invoice but a draft to the client', () => {
    expect(shownToClient({ status: 'draft' })).toBe(false)
    for (const status of ['sent', 'paid', 'overdue', 'void', 'refunded'] as const) expect(shownToClient({ status: status as never })).toBe(true)
  })

  it('calls sent and overdue invoices open, nothing else', () => {
    expect(isOpen({ status: 'sent' })).toBe(true)
    expect(isOpen({ status: 'overdue' })).toBe(true)
    for (const status of ['draft', 'paid', 'void', 'refunded'] as const) expect(isOpen({ status: status as never })).toBe(false)
  })
})
