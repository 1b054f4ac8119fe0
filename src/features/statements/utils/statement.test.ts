import type { Invoice } from '@/lib/api/types'
import { invoiceFixture } from '@/test/invoice-fixture'
import { ageingBucket, buildStatement, needsPaymentDate, paymentDay, type CurrencyStatement, type PaymentDates, type Statement } from './statement'

const invoice = invoiceFixture

// A period that ended before the statement is drawn up, so it is aged as of its own last day.
const FROM = '2026-03-01'
const TO = '2026-03-31'
const TODAY = '2026-05-15'
// The same start, but running past today: a statement that reaches today.
const TO_THIS_YEAR = '2026-12-31'

function statement(invoices: Invoice[], paymentDates: PaymentDates = {}, period = { from: FROM, to: TO }, today = TODAY): Statement {
  return buildStatement(invoices, paymentDates, period, today)
}

function usd(result: Statement, currency = 'USD'): CurrencyStatement {
  const entry = result.currencies.find((candidate) => candidate.currency === currency)
  if (!entry) throw new Error(`the statement has no ${currency}`)
  return entry
}

/** 20:00 UTC is midday in Los Angeles (the tests' time zone) winter and summer: the same calendar day. */
const paidOn = (ymd: string) => `${ymd}T20:00:00Z`

const NO_AGEING = { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, 'over-90': 0 }
const ageing = (buckets: Partial<typeof NO_AGEING>) => ({ ...NO_AGEING, ...buckets })
const sumOf = (buckets: Record<string, number>) => Object.values(buckets).reduce((sum, amount) => sum + amount, 0)

describe('the period and the day it is drawn up on', () => {
  it('answers the period, as of its last day when it ended before today', () => {
    const result = statement([])
    expect(result).toEqual({ from: FROM, to: TO, asOf: TO, currencies: [] })
  })

  it('is as of today when the period runs past today', () => {
    expect(statement([], {}, { from: FROM, to: TO_THIS_YEAR }).asOf).toBe(TODAY)
  })

  it('is as of its last day when that day is today', () => {
    expect(statement([], {}, { from: FROM, to: TODAY }).asOf).toBe(TODAY)
  })
})

describe('which invoices a statement lists', () => {
  it('lists an invoice issued in the period with its number, due date and amount', () => {
    const issued = invoice({ id: 'inv_a', number: 'INV-A', issue_date: '2026-03-10', due_date: '2026-04-10', total: 10_000 })
    expect(statement([issued]).currencies).toEqual([
      {
        currency: 'USD',
        opening: 0,
        issued: 10_000,
        paid: 0,
        closing: 10_000,
        lines: [
          { kind: 'invoice', date: '2026-03-10', invoiceId: 'inv_a', number: 'INV-A', dueDate: '2026-04-10', amount: 10_000, notCounted: null, balance: 10_000 },
        ],
        ageing: ageing({ current: 10_000 }),
      },
    ])
  })

  it('includes both edges: an invoice issued on `from` and one issued on `to`', () => {
    const entry = usd(statement([invoice({ issue_date: FROM, total: 1_000 }), invoice({ issue_date: TO, total: 2_000 })]))
    expect(entry.issued).toBe(3_000)
    expect(entry.lines.map((line) => line.date)).toEqual([FROM, TO])
  })

  it('carries an invoice issued the day before `from` in the opening balance, not as a line', () => {
    const entry = usd(statement([invoice({ issue_date: '2026-02-28', due_date: '2026-04-30', total: 4_000 })]))
    expect(entry).toMatchObject({ opening: 4_000, issued: 0, paid: 0, closing: 4_000, lines: [] })
  })

  it('ignores an invoice issued after `to`, which the API should not have answered', () => {
    expect(statement([invoice({ issue_date: '2026-04-01', total: 4_000 })]).currencies).toEqual([])
  })

  it('never lists a draft, nor counts it', () => {
    expect(statement([invoice({ status: 'draft', issue_date: '2026-03-10', total: 5_000 })]).currencies).toEqual([])
  })

  it('ignores an invoice whose issue date is not a calendar date', () => {
    const result = statement([invoice({ issue_date: '2026-02-30', total: 5_000 }), invoice({ issue_date: 'soon', total: 6_000 })])
    expect(result.currencies).toEqual([])
  })
})

describe('void invoices, credit notes and unknown statuses: listed in their period, counting zero', () => {
  it('lists a void invoice marked void, and nothing paid on it moves a balance', () => {
    const owed = invoice({ issue_date: '2026-02-10', due_date: '2026-04-30', total: 5_000 })
    const voided = invoice({ id: 'inv_v', number: 'INV-V', status: 'void', issue_date: '2026-03-10', due_date: '2026-04-10', total: 10_000, amount_paid: 10_000 })
    expect(usd(statement([owed, voided], { inv_v: paidOn('2026-03-12') }))).toEqual({
      currency: 'USD',
      opening: 5_000,
      issued: 0,
      paid: 0,
      closing: 5_000,
      lines: [
        { kind: 'invoice', date: '2026-03-10', invoiceId: 'inv_v', number: 'INV-V', dueDate: '2026-04-10', amount: 10_000, notCounted: 'void', balance: 5_000 },
      ],
      ageing: ageing({ current: 5_000 }),
    })
  })

  it('lists a credit note (a negative total) marked credit, lowering nothing', () => {
    const entry = usd(statement([invoice({ status: 'sent', issue_date: '2026-03-10', due_date: '2026-01-01', total: -1_200 })]))
    expect(entry).toMatchObject({ opening: 0, issued: 0, paid: 0, closing: 0, ageing: NO_AGEING })
    expect(entry.lines).toMatchObject([{ kind: 'invoice', amount: -1_200, notCounted: 'credit', balance: 0 }])
  })

  it('lists an invoice in a status the portal does not know marked unknown, paid amount and all ignored', () => {
    const refunded = invoice({ id: 'inv_r', status: 'refunded', issue_date: '2026-03-10', due_date: '2026-01-01', total: 4_000, amount_paid: 4_000 })
    const entry = usd(statement([refunded], { inv_r: paidOn('2026-03-11') }))
    expect(entry).toMatchObject({ opening: 0, issued: 0, paid: 0, closing: 0, ageing: NO_AGEING })
    expect(entry.lines).toMatchObject([{ kind: 'invoice', invoiceId: 'inv_r', amount: 4_000, notCounted: 'unknown-status', balance: 0 }])
  })

  it('marks an unknown status with a zero total unknown, not a credit', () => {
    const entry = usd(statement([invoice({ status: 'written_off', issue_date: '2026-03-10', total: 0 })]))
    expect(entry.lines).toMatchObject([{ notCounted: 'unknown-status' }])
  })

  it('marks a void invoice void even when its total is negative', () => {
    const entry = usd(statement([invoice({ status: 'void', issue_date: '2026-03-10', total: -700 })]))
    expect(entry.lines).toMatchObject([{ notCounted: 'void', amount: -700 }])
  })

  it('leaves out one issued before `from`: no line, no opening balance', () => {
    const result = statement([
      invoice({ status: 'void', issue_date: '2026-02-28', total: 10_000 }),
      invoice({ status: 'sent', issue_date: '2026-02-28', total: -1_200 }),
      invoice({ status: 'disputed', issue_date: '2026-02-28', total: 3_000 }),
    ])
    expect(result.currencies).toEqual([])
  })
})

describe('payments: amount_paid, at most the total, on the local calendar day of paid_at', () => {
  it('dates a payment on the day paid_at falls on in the client’s time zone, not in UTC', () => {
    // 07:59:59 UTC on 1 March is still 28 February in Los Angeles; 08:00 is midnight of 1 March.
    expect(paymentDay({ issue_date: '2026-01-01' }, '2026-03-01T07:59:59Z', TODAY)).toEqual({ date: '2026-02-28', dated: true })
    expect(paymentDay({ issue_date: '2026-01-01' }, '2026-03-01T08:00:00Z', TODAY)).toEqual({ date: '2026-03-01', dated: true })
  })

  it('counts a payment made late on `to` in local time in the period, though it is the next day in UTC', () => {
    const late = invoice({ id: 'inv_l', issue_date: '2026-02-10', due_date: '2026-04-30', total: 6_000, amount_paid: 6_000 })
    // 1 April 06:59:59 UTC is 31 March 23:59:59 in Los Angeles (summer time by then).
    const entry = usd(statement([late], { inv_l: '2026-04-01T06:59:59Z' }))
    expect(entry).toMatchObject({ opening: 6_000, paid: 6_000, closing: 0 })
    expect(entry.lines).toMatchObject([{ kind: 'payment', date: '2026-03-31', dated: true }])
  })

  it('takes a paid_at with no time as that calendar day, not as UTC midnight (the day before here)', () => {
    expect(paymentDay({ issue_date: '2026-01-01' }, '2026-03-01', TODAY)).toEqual({ date: '2026-03-01', dated: true })
    expect(paymentDay({ issue_date: '2026-01-01' }, '2026-02-30', TODAY)).toEqual({ date: TODAY, dated: false })
  })

  it('never dates a payment before the issue date', () => {
    expect(paymentDay({ issue_date: '2026-03-10' }, paidOn('2026-03-05'), TODAY)).toEqual({ date: '2026-03-10', dated: true })
    expect(paymentDay({ issue_date: '2026-03-10' }, paidOn('2026-03-10'), TODAY)).toEqual({ date: '2026-03-10', dated: true })
    expect(paymentDay({ issue_date: '2026-03-10' }, paidOn('2026-03-11'), TODAY)).toEqual({ date: '2026-03-11', dated: true })
  })

  it('lists a payment whose paid_at is before the issue date on the issue date, after the invoice', () => {
    const early = invoice({ id: 'inv_e', number: 'INV-E', issue_date: '2026-03-10', due_date: '2026-04-10', total: 3_000, amount_paid: 3_000 })
    expect(usd(statement([early], { inv_e: paidOn('2026-02-20') })).lines).toEqual([
      { kind: 'invoice', date: '2026-03-10', invoiceId: 'inv_e', number: 'INV-E', dueDate: '2026-04-10', amount: 3_000, notCounted: null, balance: 3_000 },
      { kind: 'payment', date: '2026-03-10', invoiceId: 'inv_e', number: 'INV-E', amount: 3_000, dated: true, balance: 0 },
    ])
  })

  it('dates a payment with no paid_at, or one that is not a timestamp, today, marked date not given', () => {
    const issued = { issue_date: '2026-03-10' }
    for (const paidAt of [null, undefined, '', 'not a date', '2026-13-45T99:00:00Z']) {
      expect(paymentDay(issued, paidAt, TODAY)).toEqual({ date: TODAY, dated: false })
    }
  })

  // Suspected bug: `new Date()` parses these loosely ("1" is 1 January 2001), so they are taken as
  // dated payments on the issue date rather than as paid_at values that are not timestamps.
  it('reads a paid_at that only loose date parsing accepts as no date', () => {
    const issued = { issue_date: '2026-03-10' }
    for (const paidAt of ['1', 'March 7', '12/31']) {
      expect(paymentDay(issued, paidAt, TODAY)).toEqual({ date: TODAY, dated: false })
    }
  })

  it('reads paid_at without seconds, with a fraction of a second, and with an offset, colon or not', () => {
    const issued = { issue_date: '2026-01-01' }
    expect(paymentDay(issued, '2026-03-01T20:00Z', TODAY)).toEqual({ date: '2026-03-01', dated: true })
    expect(paymentDay(issued, '2026-03-01T20:00:00.123Z', TODAY)).toEqual({ date: '2026-03-01', dated: true })
    // 07:30 at +01:00 is 06:30 UTC, still 28 February in Los Angeles; 23:30 at -08:00 is the same there.
    expect(paymentDay(issued, '2026-03-01T07:30:00+01:00', TODAY)).toEqual({ date: '2026-02-28', dated: true })
    expect(paymentDay(issued, '2026-03-01T07:30:00+0100', TODAY)).toEqual({ date: '2026-02-28', dated: true })
    expect(paymentDay(issued, '2026-02-28T23:30:00-08:00', TODAY)).toEqual({ date: '2026-02-28', dated: true })
  })

  it('reads a paid_at that Date accepts but RFC 3339 does not, an expanded year or trailing text, as no date', () => {
    const issued = { issue_date: '2026-01-01' }
    for (const paidAt of ['+002026-03-01T20:00:00Z', '2026-03-01 20:00:00Z (UTC)']) {
      expect(paymentDay(issued, paidAt, TODAY)).toEqual({ date: TODAY, dated: false })
    }
  })

  it('shows a part payment with no date as still owed in a period that ended before today', () => {
    const part = invoice({ id: 'inv_p', issue_date: '2026-03-10', due_date: '2026-04-10', total: 10_000, amount_paid: 4_000 })
    const entry = usd(statement([part], { inv_p: null }))
    expect(entry).toMatchObject({ opening: 0, issued: 10_000, paid: 0, closing: 10_000, ageing: ageing({ current: 10_000 }) })
    expect(entry.lines.map((line) => line.kind)).toEqual(['invoice'])
  })

  it('subtracts a part payment with no date, dated today, in a period that reaches today', () => {
    const part = invoice({ id: 'inv_p', number: 'INV-P', issue_date: '2026-03-10', due_date: '2026-06-10', total: 10_000, amount_paid: 4_000 })
    const entry = usd(statement([part], { inv_p: null }, { from: FROM, to: TO_THIS_YEAR }))
    expect(entry).toMatchObject({ issued: 10_000, paid: 4_000, closing: 6_000, ageing: ageing({ current: 6_000 }) })
    expect(entry.lines[1]).toEqual({ kind: 'payment', date: TODAY, invoiceId: 'inv_p', number: 'INV-P', amount: 4_000, dated: false, balance: 6_000 })
  })

  it('treats an invoice missing from the payment dates like one whose paid_at is null', () => {
    const part = invoice({ issue_date: '2026-03-10', due_date: '2026-06-10', total: 10_000, amount_paid: 4_000 })
    const entry = usd(statement([part], {}, { from: FROM, to: TO_THIS_YEAR }))
    expect(entry.lines[1]).toMatchObject({ kind: 'payment', date: TODAY, dated: false, amount: 4_000 })
  })

  it('caps an overpayment at the total: no credit the portal can see', () => {
    const over = invoice({ id: 'inv_o', issue_date: '2026-03-10', due_date: '2026-01-01', total: 10_000, amount_paid: 12_500 })
    const entry = usd(statement([over], { inv_o: paidOn('2026-03-20') }))
    expect(entry).toMatchObject({ issued: 10_000, paid: 10_000, closing: 0, ageing: NO_AGEING })
    expect(entry.lines[1]).toMatchObject({ kind: 'payment', amount: 10_000, balance: 0 })
  })

  it('records no payment when nothing was paid, whatever date it is given', () => {
    const unpaid = invoice({ id: 'inv_u', issue_date: '2026-03-10', due_date: '2026-04-10', total: 10_000, amount_paid: 0 })
    const entry = usd(statement([unpaid], { inv_u: paidOn('2026-03-20') }))
    expect(entry).toMatchObject({ paid: 0, closing: 10_000 })
    expect(entry.lines.map((line) => line.kind)).toEqual(['invoice'])
  })

  // Suspected bug: a payment without paid_at is dated `today` even when the invoice was issued after
  // today, so it is listed before the invoice it pays and the running balance dips below zero.
  it('never lists a payment with no paid_at before the invoice it pays, even one issued after today', () => {
    const ahead = invoice({ id: 'inv_f', issue_date: '2026-06-01', due_date: '2026-07-01', total: 10_000, amount_paid: 4_000 })
    const entry = usd(statement([ahead], { inv_f: null }, { from: FROM, to: TO_THIS_YEAR }))
    expect(entry.lines.map((line) => line.kind)).toEqual(['invoice', 'payment'])
    expect(entry.lines.map((line) => line.balance)).toEqual([10_000, 6_000])
  })
})

describe('opening balance: counting invoices issued before `from`, less their payments dated before `from`', () => {
  it('adds what each invoice issued before `from` still owed on the day before `from`', () => {
    const result = statement(
      [
        invoice({ id: 'inv_1', issue_date: '2026-01-10', due_date: '2026-04-30', total: 10_000 }),
        invoice({ id: 'inv_2', issue_date: '2026-02-10', due_date: '2026-04-30', total: 6_000, amount_paid: 6_000 }),
        invoice({ id: 'inv_3', issue_date: '2026-02-20', due_date: '2026-04-30', total: 3_000, amount_paid: 1_000 }),
      ],
      { inv_2: paidOn('2026-02-28'), inv_3: paidOn('2026-02-25') },
    )
    expect(usd(result)).toMatchObject({ opening: 12_000, issued: 0, paid: 0, closing: 12_000, lines: [] })
  })

  it('leaves a payment made exactly on `from` to the period', () => {
    const paidOnFrom = invoice({ id: 'inv_f', number: 'INV-F', issue_date: '2026-02-10', due_date: '2026-04-30', total: 6_000, amount_paid: 6_000 })
    const entry = usd(statement([paidOnFrom], { inv_f: paidOn(FROM) }))
    expect(entry).toMatchObject({ opening: 6_000, issued: 0, paid: 6_000, closing: 0 })
    expect(entry.lines).toEqual([{ kind: 'payment', date: FROM, invoiceId: 'inv_f', number: 'INV-F', amount: 6_000, dated: true, balance: 0 }])
  })
})

describe('paid: payments dated from `from` to `to`', () => {
  it('counts a payment made on `to`', () => {
    const paidOnTo = invoice({ id: 'inv_t', issue_date: '2026-03-10', due_date: '2026-01-01', total: 2_000, amount_paid: 2_000 })
    const entry = usd(statement([paidOnTo], { inv_t: paidOn(TO) }))
    expect(entry).toMatchObject({ issued: 2_000, paid: 2_000, closing: 0, ageing: NO_AGEING })
    expect(entry.lines[1]).toMatchObject({ kind: 'payment', date: TO })
  })

  it('leaves out a payment made the day after `to`: still owed at the end of `to`', () => {
    const paidLater = invoice({ id: 'inv_n', issue_date: '2026-03-10', due_date: '2026-04-10', total: 2_000, amount_paid: 2_000 })
    const entry = usd(statement([paidLater], { inv_n: paidOn('2026-04-01') }))
    expect(entry).toMatchObject({ issued: 2_000, paid: 0, closing: 2_000, ageing: ageing({ current: 2_000 }) })
    expect(entry.lines.map((line) => line.kind)).toEqual(['invoice'])
  })
})

describe('closing balance: opening + issued − paid', () => {
  it('adds up, and each line carries the balance after it', () => {
    const result = statement(
      [
        invoice({ id: 'inv_a', number: 'INV-A', issue_date: '2026-02-10', due_date: '2026-04-30', total: 5_000 }),
        invoice({ id: 'inv_b', number: 'INV-B', issue_date: '2026-03-05', due_date: '2026-04-30', total: 2_000, amount_paid: 2_000 }),
        invoice({ id: 'inv_c', number: 'INV-C', issue_date: '2026-03-15', due_date: '2026-04-30', total: 3_000 }),
      ],
      { inv_b: paidOn('2026-03-20') },
    )
    const entry = usd(result)
    expect(entry).toMatchObject({ opening: 5_000, issued: 5_000, paid: 2_000, closing: 8_000, ageing: ageing({ current: 8_000 }) })
    expect(entry.lines.map((line) => [line.kind, line.number, line.balance])).toEqual([
      ['invoice', 'INV-B', 7_000],
      ['invoice', 'INV-C', 10_000],
      ['payment', 'INV-B', 8_000],
    ])
  })
})

describe('currencies: one statement each, never summed', () => {
  it('keeps each currency to itself, JPY and USD alike, in order of their codes', () => {
    const result = statement([
      invoice({ currency: 'USD', issue_date: '2026-03-10', due_date: '2026-04-10', total: 10_000 }),
      invoice({ currency: 'JPY', issue_date: '2026-03-11', due_date: '2026-04-10', total: 13_200 }),
      invoice({ currency: 'EUR', issue_date: '2026-03-12', due_date: '2026-04-10', total: 700 }),
    ])
    expect(result.currencies.map((entry) => [entry.currency, entry.issued, entry.closing])).toEqual([
      ['EUR', 700, 700],
      ['JPY', 13_200, 13_200],
      ['USD', 10_000, 10_000],
    ])
  })

  it('leaves out a currency with no line in the period and nothing owed at its start', () => {
    const result = statement(
      [
        invoice({ id: 'inv_eur', currency: 'EUR', issue_date: '2026-02-01', total: 700, amount_paid: 700 }),
        invoice({ currency: 'USD', issue_date: '2026-03-10', total: 1_000 }),
      ],
      { inv_eur: paidOn('2026-02-15') },
    )
    expect(result.currencies.map((entry) => entry.currency)).toEqual(['USD'])
  })

  it('keeps a currency that has only an opening balance', () => {
    const result = statement([invoice({ currency: 'EUR', issue_date: '2026-02-01', due_date: '2026-04-30', total: 700 })])
    expect(result.currencies).toEqual([
      { currency: 'EUR', opening: 700, issued: 0, paid: 0, closing: 700, lines: [], ageing: ageing({ current: 700 }) },
    ])
  })
})

describe('ageing buckets: current, 1–30, 31–60, 61–90, over 90 days overdue', () => {
  it('puts an invoice in the bucket of how many days past due it is', () => {
    const asOf = '2026-06-30'
    expect(ageingBucket('2026-07-01', asOf)).toBe('current')
    expect(ageingBucket('2026-06-30', asOf)).toBe('current')
    expect(ageingBucket('2026-06-29', asOf)).toBe('1-30')
    expect(ageingBucket('2026-05-31', asOf)).toBe('1-30')
    expect(ageingBucket('2026-05-30', asOf)).toBe('31-60')
    expect(ageingBucket('2026-05-01', asOf)).toBe('31-60')
    expect(ageingBucket('2026-04-30', asOf)).toBe('61-90')
    expect(ageingBucket('2026-04-01', asOf)).toBe('61-90')
    expect(ageingBucket('2026-03-31', asOf)).toBe('over-90')
    expect(ageingBucket('2025-01-01', asOf)).toBe('over-90')
  })

  it('counts a due date that is not a date as current', () => {
    expect(ageingBucket('not-a-date', '2026-06-30')).toBe('current')
    expect(ageingBucket('2026-02-30', '2026-06-30')).toBe('current')
  })

  it('ages what is owed at the end of a past period on its last day, the buckets adding up to the closing balance', () => {
    // Each invoice's total is a distinct power of two, so a sum shows which went in which bucket.
    const owed = (due_date: string, total: number) => invoice({ issue_date: '2025-12-01', due_date, total })
    const entry = usd(
      statement([
        owed('2026-04-01', 1), // not due yet on 31 March
        owed('2026-03-31', 2), // due that day
        owed('2026-03-01', 4), // 30 days
        owed('2026-02-28', 8), // 31 days
        owed('2026-01-30', 16), // 60 days
        owed('2026-01-29', 32), // 61 days
        owed('2025-12-31', 64), // 90 days
        owed('2025-12-30', 128), // 91 days
        owed('soon', 256),
      ]),
    )
    expect(entry.ageing).toEqual({ current: 259, '1-30': 4, '31-60': 24, '61-90': 96, 'over-90': 128 })
    expect(sumOf(entry.ageing)).toBe(entry.closing)
  })

  it('ages on today, not on `to`, when the period runs past today', () => {
    const entry = usd(
      statement(
        [
          invoice({ issue_date: '2026-03-10', due_date: '2026-05-14', total: 1_000 }),
          invoice({ issue_date: '2026-03-10', due_date: TODAY, total: 2_000 }),
        ],
        {},
        { from: FROM, to: TO_THIS_YEAR },
      ),
    )
    expect(entry.ageing).toEqual(ageing({ '1-30': 1_000, current: 2_000 }))
  })

  it('ages only the remainder of an invoice partly paid by `to`', () => {
    const part = invoice({ id: 'inv_p', issue_date: '2026-02-01', due_date: '2026-02-15', total: 10_000, amount_paid: 4_000 })
    const entry = usd(statement([part], { inv_p: paidOn('2026-03-20') }))
    expect(entry).toMatchObject({ opening: 10_000, paid: 4_000, closing: 6_000, ageing: ageing({ '31-60': 6_000 }) })
  })

  // Suspected bug: for a period after today, a payment with no paid_at is dated today, before `from`:
  // neither the opening balance nor `paid` takes it off, but the ageing does.
  it('adds up to the closing balance for a period after today too', () => {
    const ahead = invoice({ id: 'inv_f', issue_date: '2026-06-10', due_date: '2026-07-10', total: 10_000, amount_paid: 4_000 })
    const entry = usd(statement([ahead], { inv_f: null }, { from: '2026-06-01', to: '2026-06-30' }))
    expect(sumOf(entry.ageing)).toBe(entry.closing)
  })
})

describe('the order of the lines', () => {
  it('is by date, then invoices before payments on the same day, then by number, then by id', () => {
    const result = statement(
      [
        invoice({ id: 'inv_x', number: 'A-1', issue_date: '2026-03-10', total: 1_000, amount_paid: 1_000 }),
        invoice({ id: 'inv_y', number: 'B-1', issue_date: '2026-03-12', total: 2_000 }),
        // Ids in the opposite order to the numbers, so only the number puts C-1 before C-2.
        invoice({ id: 'inv_c', number: 'C-2', issue_date: '2026-03-05', total: 100 }),
        invoice({ id: 'inv_e', number: 'C-1', issue_date: '2026-03-05', total: 100 }),
        invoice({ id: 'inv_d', number: 'C-1', issue_date: '2026-03-05', total: 100 }),
      ],
      { inv_x: paidOn('2026-03-12') },
    )
    expect(usd(result).lines.map((line) => [line.date, line.kind, line.invoiceId])).toEqual([
      ['2026-03-05', 'invoice', 'inv_d'],
      ['2026-03-05', 'invoice', 'inv_e'],
      ['2026-03-05', 'invoice', 'inv_c'],
      ['2026-03-10', 'invoice', 'inv_x'],
      ['2026-03-12', 'invoice', 'inv_y'],
      ['2026-03-12', 'payment', 'inv_x'],
    ])
  })

  it('lists an invoice before a payment on the same day whatever order the invoices come in', () => {
    const result = statement(
      [
        invoice({ id: 'inv_y', number: 'B-1', issue_date: '2026-03-12', total: 2_000 }),
        invoice({ id: 'inv_x', number: 'A-1', issue_date: '2026-03-10', total: 1_000, amount_paid: 1_000 }),
      ],
      { inv_x: paidOn('2026-03-12') },
    )
    expect(usd(result).lines.map((line) => [line.kind, line.invoiceId])).toEqual([
      ['invoice', 'inv_x'],
      ['invoice', 'inv_y'],
      ['payment', 'inv_x'],
    ])
  })

  it('orders two lines of the same kind on the same day by number, whichever order they come in', () => {
    const result = statement(
      [
        invoice({ id: 'inv_p2', number: 'P-2', issue_date: '2026-02-01', total: 100, amount_paid: 100 }),
        invoice({ id: 'inv_p1', number: 'P-1', issue_date: '2026-02-01', total: 100, amount_paid: 100 }),
        invoice({ id: 'inv_q1', number: 'Q-1', issue_date: '2026-03-20', total: 100 }),
        invoice({ id: 'inv_q2', number: 'Q-2', issue_date: '2026-03-20', total: 100 }),
      ],
      { inv_p2: paidOn('2026-03-20'), inv_p1: paidOn('2026-03-20') },
    )
    expect(usd(result).lines.map((line) => [line.kind, line.number])).toEqual([
      ['invoice', 'Q-1'],
      ['invoice', 'Q-2'],
      ['payment', 'P-1'],
      ['payment', 'P-2'],
    ])
  })
})

describe('which invoices need a payment date', () => {
  it('is the counting invoices with something paid on them', () => {
    expect(needsPaymentDate(invoice({ status: 'paid', total: 1_000, amount_paid: 1_000 }))).toBe(true)
    expect(needsPaymentDate(invoice({ status: 'sent', total: 1_000, amount_paid: 1 }))).toBe(true)
    expect(needsPaymentDate(invoice({ status: 'overdue', total: 1_000, amount_paid: 400 }))).toBe(true)
  })

  it('is none with nothing paid', () => {
    expect(needsPaymentDate(invoice({ status: 'sent', total: 1_000, amount_paid: 0 }))).toBe(false)
  })

  it('is none that counts zero: void, a credit note, an unknown status, a draft', () => {
    expect(needsPaymentDate(invoice({ status: 'void', total: 1_000, amount_paid: 1_000 }))).toBe(false)
    expect(needsPaymentDate(invoice({ status: 'paid', total: -1_000, amount_paid: 1_000 }))).toBe(false)
    expect(needsPaymentDate(invoice({ status: 'refunded', total: 1_000, amount_paid: 1_000 }))).toBe(false)
    expect(needsPaymentDate(invoice({ status: 'draft', total: 1_000, amount_paid: 1_000 }))).toBe(false)
  })
})
