import Papa from 'papaparse'
import { csvField, majorUnits, statementCsv, statementFilename } from './statement-csv'
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

describe('the statement CSV, record by record', () => {
  const statement: Statement = {
    from: '2026-03-01',
    to: '2026-03-31',
    asOf: '2026-03-30',
    currencies: [
      {
        currency: 'JPY',
        opening: 13_200,
        issued: 0,
        paid: 13_200,
        closing: 0,
        ageing: { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, 'over-90': 0 },
        lines: [{ kind: 'payment', date: '2026-03-05', invoiceId: 'inv_j', number: 'JP-1', amount: 13_200, dated: true, balance: 0 }],
      },
      {
        currency: 'USD',
        opening: 5_000,
        issued: 10_000,
        paid: 2_500,
        closing: 12_500,
        // A distinct amount in each bucket, so a label on the wrong bucket shows.
        ageing: { current: 100, '1-30': 200, '31-60': 300, '61-90': 400, 'over-90': 11_500 },
        lines: [
          { kind: 'invoice', date: '2026-03-02', invoiceId: 'inv_1', number: 'INV-1', dueDate: '2026-04-01', amount: 10_000, notCounted: null, balance: 15_000 },
          { kind: 'invoice', date: '2026-03-03', invoiceId: 'inv_2', number: 'INV-2', dueDate: '2026-04-02', amount: 700, notCounted: 'void', balance: 15_000 },
          { kind: 'invoice', date: '2026-03-04', invoiceId: 'inv_3', number: 'CN-3', dueDate: '2026-04-03', amount: -1_200, notCounted: 'credit', balance: 15_000 },
          { kind: 'invoice', date: '2026-03-05', invoiceId: 'inv_4', number: 'INV-4', dueDate: '2026-04-04', amount: 4_000, notCounted: 'unknown-status', balance: 15_000 },
          { kind: 'payment', date: '2026-03-10', invoiceId: 'inv_1', number: 'INV-1', amount: 2_500, dated: false, balance: 12_500 },
        ],
      },
    ],
  }

  it('writes the header, then per currency its opening, lines, closing and ageing, each record ended by CRLF', () => {
    expect(statementCsv(statement)).toBe(
      '\uFEFF' +
        'currency,date,type,invoice,due_date,amount,balance,note\r\n' +
        'JPY,2026-03-01,opening balance,,,,13200,\r\n' +
        'JPY,2026-03-05,payment,JP-1,,-13200,0,\r\n' +
        'JPY,2026-03-31,closing balance,,,,0,\r\n' +
        'JPY,2026-03-30,ageing: current,,,0,,\r\n' +
        'JPY,2026-03-30,ageing: 1-30 days overdue,,,0,,\r\n' +
        'JPY,2026-03-30,ageing: 31-60 days overdue,,,0,,\r\n' +
        'JPY,2026-03-30,ageing: 61-90 days overdue,,,0,,\r\n' +
        'JPY,2026-03-30,ageing: over 90 days overdue,,,0,,\r\n' +
        'USD,2026-03-01,opening balance,,,,50.00,\r\n' +
        'USD,2026-03-02,invoice,INV-1,2026-04-01,100.00,150.00,\r\n' +
        'USD,2026-03-03,invoice,INV-2,2026-04-02,7.00,150.00,"void, not counted"\r\n' +
        'USD,2026-03-04,invoice,CN-3,2026-04-03,-12.00,150.00,"credit note, not counted"\r\n' +
        'USD,2026-03-05,invoice,INV-4,2026-04-04,40.00,150.00,"unknown status, not counted"\r\n' +
        'USD,2026-03-10,payment,INV-1,,-25.00,125.00,date not given\r\n' +
        'USD,2026-03-31,closing balance,,,,125.00,\r\n' +
        'USD,2026-03-30,ageing: current,,,1.00,,\r\n' +
        'USD,2026-03-30,ageing: 1-30 days overdue,,,2.00,,\r\n' +
        'USD,2026-03-30,ageing: 31-60 days overdue,,,3.00,,\r\n' +
        'USD,2026-03-30,ageing: 61-90 days overdue,,,4.00,,\r\n' +
        'USD,2026-03-30,ageing: over 90 days overdue,,,115.00,,\r\n',
    )
  })

  it('writes only the header for a statement with no currency', () => {
    expect(statementCsv({ from: '2026-03-01', to: '2026-03-31', asOf: '2026-03-31', currencies: [] })).toBe(
      '\uFEFFcurrency,date,type,invoice,due_date,amount,balance,note\r\n',
    )
  })

  it('keeps every text that a spreadsheet would read as a formula as plain text, without control characters', () => {
    const numbers = ['+1', '-1', '@SUM(A1)', '=1', 'IN\u0000V\u001f-\u007f1', 'safe-1']
    const text = statementCsv({
      ...statement,
      currencies: [
        {
          ...statement.currencies[1]!,
          lines: numbers.map((number, index) => ({ kind: 'payment' as const, date: '2026-03-10', invoiceId: `inv_${index}`, number, amount: 1, dated: true, balance: 0 })),
        },
      ],
    })
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data
    expect(rows.filter((row) => row.type === 'payment').map((row) => row.invoice)).toEqual(["'+1", "'-1", "'@SUM(A1)", "'=1", 'INV-1', 'safe-1'])
  })

  it('keeps a currency code whose digits are not known as plain text, with its amounts left empty', () => {
    const entry = { ...statement.currencies[1]!, currency: '=US$\u202E', lines: [] }
    const text = statementCsv({ ...statement, currencies: [entry] })
    expect(text.split('\r\n')[1]).toBe("'=US$,2026-03-01,opening balance,,,,,")
  })

  it('quotes a field with a lone carriage return or line feed too', () => {
    expect(csvField('a\rb')).toBe('"a\rb"')
    expect(csvField('a\nb')).toBe('"a\nb"')
    expect(csvField('')).toBe('')
  })

  it('pads amounts below one major unit with zeros, and writes nothing for amounts that are not whole minor units', () => {
    expect(majorUnits(5, 'USD')).toBe('0.05')
    expect(majorUnits(1, 'KWD')).toBe('0.001')
    expect(majorUnits(0, 'JPY')).toBe('0')
    expect(majorUnits(2 ** 53, 'USD')).toBe('')
    expect(majorUnits(Number.NaN, 'USD')).toBe('')
    expect(majorUnits(100, 'usd')).toBe('')
  })

  it('names the file after the period', () => {
    expect(statementFilename({ from: '2026-01-01', to: '2026-12-31' })).toBe('statement-2026-01-01-to-2026-12-31.csv')
  })
})
