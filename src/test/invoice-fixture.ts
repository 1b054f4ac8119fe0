import type { Invoice } from '@/lib/api/types'

let seq = 0

/** A list row for unit tests of the figure rules: `fields` override a plain, unpaid USD invoice. */
export function invoiceFixture(fields: Partial<Record<keyof Invoice, unknown>>): Invoice {
  seq += 1
  return {
    id: `inv_${seq}`,
    number: `INV-${String(seq).padStart(4, '0')}`,
    status: 'sent',
    client: { id: 'client_1', name: 'Client' },
    issue_date: '2026-01-01',
    due_date: '2026-02-01',
    subtotal: 0,
    tax: 0,
    total: 10_000,
    amount_paid: 0,
    currency: 'USD',
    created_at: '2026-01-01T00:00:00Z',
    ...fields,
  } as Invoice
}
