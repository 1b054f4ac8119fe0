import Papa from 'papaparse'
import { csvField, majorUnits, statementCsv } from './statement-csv'
import type { Statement } from './statement'

describe('the statement CSV', () => {
  it('writes amounts in major units from the integer, with each currency’s own digits', () => {
    expect(majorUnits(123456, 'USD')).toBe('1234.56')
    expect(majorUnits(-5, 'USD')).toBe('-0.05')
    expect(majorUnits(0, 'EUR')).toBe('0.00')
    expect(majorUnits(13200, 'JPY')).toBe('13200')
    expect(majorUnits(-13200, 'JPY')).toBe('-13200')
    expect(majorUnits(1234, 'KWD')).toBe('1.234')
    expect(majorUnits(1.5, 'USD')).toBe('')
    expect(majorUnits(100, 'US$')).toBe('')
  })

  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"')
  })

  it('keeps hostile invoice numbers as plain text that a spreadsheet will not run, and parses back', () => {
    const statement: Statement = {
      from: '2026-01-01',
      to: '2026-12-31',
      asOf: '2026-12-01',
      currencies: [
        {
          currency: 'USD',
          opening: 0,
          issued: 1000,
          paid: 0,
          closing: 1000,
          ageing: { current: 1000, '1-30': 0, '31-60': 0, '61-90': 0, 'over-90': 0 },
          lines: [
            { kind: 'invoice', date: '2026-02-01', invoiceId: 'inv_1', number: '=HYPERLINK("x"),\n\u202E1', dueDate: '2026-03-01', amount: 1000, notCounted: null, balance: 1000 },
          ],
        },
      ],
    }
    const text = statementCsv(statement)
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data
    expect(rows.find((row) => row.type === 'invoice')?.invoice).toBe(`'=HYPERLINK("x"),1`)
    expect(rows.map((row) => row.type)).toEqual([
      'opening balance',
      'invoice',
      'closing balance',
      'ageing: current',
      'ageing: 1-30 days overdue',
      'ageing: 31-60 days overdue',
      'ageing: 61-90 days overdue',
      'ageing: over 90 days overdue',
    ])
  })
})
