import { invoiceFixture } from '@/test/invoice-fixture'
import { awaitingPayment, byNewestIssued, bySoonestDue, countsInFigures, totalsByCurrency } from './invoice-figures'

const invoice = invoiceFixture

describe('totalsByCurrency', () => {
  it('adds up per currency, outstanding only on open invoices', () => {
    const totals = totalsByCurrency([
      invoice({ status: 'sent', total: 10_000, amount_paid: 2_500 }),
      invoice({ status: 'overdue', total: 5_000 }),
      invoice({ status: 'paid', total: 3_000, amount_paid: 3_000 }),
      invoice({ status: 'void', total: 700 }),
      invoice({ status: 'sent', total: 900, currency: 'JPY' }),
    ])
    expect(totals).toEqual([
      { currency: 'JPY', count: 1, total: 900, amount_paid: 0, outstanding: 900 },
      { currency: 'USD', count: 4, total: 18_700, amount_paid: 5_500, outstanding: 12_500 },
    ])
  })

  it('owes nothing on a paid invoice, even one paid for less than its total', () => {
    const totals = totalsByCurrency([
      invoice({ status: 'paid', total: 3_000, amount_paid: 2_000 }),
      invoice({ status: 'void', total: 700, amount_paid: 0 }),
    ])
    expect(totals).toEqual([{ currency: 'USD', count: 2, total: 3_700, amount_paid: 2_000, outstanding: 0 }])
  })

  it('counts no invoice whose status it does not know, nor a draft', () => {
    const totals = totalsByCurrency([
      invoice({ status: 'sent', total: 10_000 }),
      invoice({ status: 'refunded', total: 4_000, amount_paid: 4_000 }),
      invoice({ status: 'written_off', total: 6_000 }),
      invoice({ status: 'constructor', total: 1 }),
      invoice({ status: 'draft', total: 2_000 }),
    ])
    expect(totals).toEqual([{ currency: 'USD', count: 1, total: 10_000, amount_paid: 0, outstanding: 10_000 }])
  })

  it('never lowers what is billed or owed with a credit note (a negative total)', () => {
    const totals = totalsByCurrency([
      invoice({ status: 'sent', total: 10_000 }),
      invoice({ status: 'sent', total: -1_200 }),
      invoice({ status: 'paid', total: -500, amount_paid: 0 }),
    ])
    expect(totals).toEqual([{ currency: 'USD', count: 1, total: 10_000, amount_paid: 0, outstanding: 10_000 }])
  })
})

describe('awaitingPayment', () => {
  it('is open invoices with something to pay, soonest due first: never a credit, never an unknown status', () => {
    const later = invoice({ status: 'sent', due_date: '2026-03-01' })
    const sooner = invoice({ status: 'overdue', due_date: '2026-01-15' })
    const credit = invoice({ status: 'sent', total: -1_200, due_date: '2026-01-01' })
    const unknown = invoice({ status: 'disputed', due_date: '2026-01-02' })
    const paid = invoice({ status: 'sent', total: 500, amount_paid: 500, due_date: '2026-01-03' })
    expect(awaitingPayment([later, credit, unknown, paid, sooner]).map((inv) => inv.id)).toEqual([sooner.id, later.id])
  })
})

describe('the orders lists show', () => {
  it('newest issued first, the higher number first on the same day', () => {
    const a = invoice({ issue_date: '2026-01-10', number: 'INV-0001' })
    const b = invoice({ issue_date: '2026-02-01', number: 'INV-0002' })
    const c = invoice({ issue_date: '2026-01-10', number: 'INV-0003' })
    expect([a, b, c].sort(byNewestIssued).map((inv) => inv.number)).toEqual(['INV-0002', 'INV-0003', 'INV-0001'])
  })

  it('soonest due first, the lower number first on the same day', () => {
    const a = invoice({ due_date: '2026-03-01', number: 'INV-0009' })
    const b = invoice({ due_date: '2026-02-01', number: 'INV-0005' })
    const c = invoice({ due_date: '2026-03-01', number: 'INV-0002' })
    expect([a, b, c].sort(bySoonestDue).map((inv) => inv.number)).toEqual(['INV-0005', 'INV-0002', 'INV-0009'])
  })
})

describe('countsInFigures', () => {
  it('counts what the client is shown in a known status, and no credit note', () => {
    expect(countsInFigures(invoice({ status: 'paid' }))).toBe(true)
    expect(countsInFigures(invoice({ status: 'void' }))).toBe(true)
    expect(countsInFigures(invoice({ status: 'draft' }))).toBe(false)
    expect(countsInFigures(invoice({ status: 'disputed' }))).toBe(false)
    expect(countsInFigures(invoice({ status: 'sent', total: -1 }))).toBe(false)
  })
})
