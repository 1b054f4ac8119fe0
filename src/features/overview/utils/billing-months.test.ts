import type { Invoice } from '@/lib/api/types'
import { invoiceFixture } from '@/test/invoice-fixture'
import { currenciesBilled, lastTwelveMonths, monthlySums, type Month } from './billing-months'

const invoice = (fields: Partial<Record<keyof Invoice, unknown>>): Invoice =>
  invoiceFixture({ status: 'paid', issue_date: '2026-03-10', due_date: '2026-04-10', amount_paid: 10_000, created_at: '2026-03-10T00:00:00Z', ...fields })

const month = (key: string, from: string, to: string): Month => ({ key, from, to })

describe('lastTwelveMonths', () => {
  it('is the twelve calendar months ending with today’s, oldest first, each with its first and last day', () => {
    expect(lastTwelveMonths('2026-03-10')).toEqual([
      month('2025-04', '2025-04-01', '2025-04-30'),
      month('2025-05', '2025-05-01', '2025-05-31'),
      month('2025-06', '2025-06-01', '2025-06-30'),
      month('2025-07', '2025-07-01', '2025-07-31'),
      month('2025-08', '2025-08-01', '2025-08-31'),
      month('2025-09', '2025-09-01', '2025-09-30'),
      month('2025-10', '2025-10-01', '2025-10-31'),
      month('2025-11', '2025-11-01', '2025-11-30'),
      month('2025-12', '2025-12-01', '2025-12-31'),
      month('2026-01', '2026-01-01', '2026-01-31'),
      month('2026-02', '2026-02-01', '2026-02-28'),
      month('2026-03', '2026-03-01', '2026-03-31'),
    ])
  })

  it('ends with December in December, and knows a leap February', () => {
    const months = lastTwelveMonths('2024-12-31')
    expect(months[0]).toEqual(month('2024-01', '2024-01-01', '2024-01-31'))
    expect(months[1]).toEqual(month('2024-02', '2024-02-01', '2024-02-29'))
    expect(months.at(-1)).toEqual(month('2024-12', '2024-12-01', '2024-12-31'))
    expect(lastTwelveMonths('2026-01-01').map((m) => m.key)).toEqual([
      '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07',
      '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01',
    ])
  })
})

describe('monthlySums', () => {
  const months = [month('2026-02', '2026-02-01', '2026-02-28'), month('2026-03', '2026-03-01', '2026-03-31')]

  it('adds billed and paid by month of issue, in the one currency asked for, an empty month as zeros', () => {
    const sums = monthlySums(
      [
        invoice({ issue_date: '2026-03-01', total: 10_000, amount_paid: 10_000 }),
        invoice({ issue_date: '2026-03-31', status: 'sent', total: 5_000, amount_paid: 1_000 }),
        invoice({ issue_date: '2026-03-15', total: 7_000, currency: 'EUR' }),
        invoice({ issue_date: '2026-01-31', total: 9_000 }),
        invoice({ issue_date: '2026-04-01', total: 9_000 }),
      ],
      months,
      'USD',
    )
    expect(sums).toEqual([
      { month: '2026-02', billed: 0, paid: 0 },
      { month: '2026-03', billed: 15_000, paid: 11_000 },
    ])
  })

  it('leaves out what counts in no figure: drafts, unknown statuses, credit notes', () => {
    const sums = monthlySums(
      [
        invoice({ issue_date: '2026-02-10', total: 4_000, amount_paid: 0, status: 'sent' }),
        invoice({ issue_date: '2026-02-10', status: 'draft', total: 2_000 }),
        invoice({ issue_date: '2026-02-10', status: 'refunded', total: 3_000 }),
        invoice({ issue_date: '2026-02-10', status: 'sent', total: -1_000, amount_paid: 0 }),
      ],
      months,
      'USD',
    )
    expect(sums[0]).toEqual({ month: '2026-02', billed: 4_000, paid: 0 })
  })
})

describe('currenciesBilled', () => {
  // Built in each test rather than while the tests are collected, so mutation testing sees which tests reach it.
  const months = () => lastTwelveMonths('2026-03-10')

  it('lists the currencies billed within the months, most invoices first, ties by code', () => {
    const invoices = [
      invoice({ currency: 'USD', issue_date: '2025-04-01' }),
      invoice({ currency: 'EUR', issue_date: '2026-03-31' }),
      invoice({ currency: 'EUR', issue_date: '2026-01-15' }),
      invoice({ currency: 'JPY', issue_date: '2026-02-01' }),
      invoice({ currency: 'CHF', issue_date: '2026-02-01' }),
    ]
    expect(currenciesBilled(invoices, months())).toEqual(['EUR', 'CHF', 'JPY', 'USD'])
  })

  it('leaves out a currency billed only outside the months, or only on what counts in no figure', () => {
    const invoices = [
      invoice({ currency: 'USD', issue_date: '2026-03-10' }),
      invoice({ currency: 'GBP', issue_date: '2025-03-31' }),
      invoice({ currency: 'CAD', issue_date: '2026-04-01' }),
      invoice({ currency: 'EUR', issue_date: '2026-03-10', status: 'draft' }),
      invoice({ currency: 'AUD', issue_date: '2026-03-10', status: 'sent', total: -500, amount_paid: 0 }),
    ]
    expect(currenciesBilled(invoices, months())).toEqual(['USD'])
  })

  it('is empty without months', () => {
    expect(currenciesBilled([invoice({})], [])).toEqual([])
  })
})
