import { stripBidiControls } from '@/lib/format/identifier'
import { isUsableCurrency } from '@/lib/format/money'
import { AGEING_BUCKETS, type AgeingBucket, type Statement, type StatementLine } from './statement'

/*
 * The statement as CSV (RFC 4180): UTF-8 with a byte-order mark (so spreadsheet programs read it as
 * UTF-8), CRLF after every record, one record per line of the statement, amounts in major units with a
 * currency column (never a sum across currencies), dates as YYYY-MM-DD.
 */

export const CSV_COLUMNS = ['currency', 'date', 'type', 'invoice', 'due_date', 'amount', 'balance', 'note'] as const

const AGEING_LABELS: Record<AgeingBucket, string> = {
  current: 'ageing: current',
  '1-30': 'ageing: 1-30 days overdue',
  '31-60': 'ageing: 31-60 days overdue',
  '61-90': 'ageing: 61-90 days overdue',
  'over-90': 'ageing: over 90 days overdue',
}

const NOTES = { void: 'void, not counted', credit: 'credit note, not counted', 'unknown-status': 'unknown status, not counted' } as const

const digitsFor = new Map<string, number>()

/** The currency's own minor digits as Intl knows them (JPY 0, USD 2, KWD 3). */
function minorDigits(currency: string): number {
  let digits = digitsFor.get(currency)
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
    digitsFor.set(currency, digits)
  }
  return digits
}

/**
 * Minor units as a decimal in major units, from the integer's digits (no floating point): 123456 USD
 * is `1234.56`, -5 USD `-0.05`, 13200 JPY `13200`. Empty when the currency's digits are not known.
 */
export function majorUnits(minor: number, currency: string): string {
  if (!isUsableCurrency(currency) || !Number.isSafeInteger(minor)) return ''
  const digits = minorDigits(currency)
  const sign = minor < 0 ? '-' : ''
  const text = String(Math.abs(minor)).padStart(digits + 1, '0')
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`
}

/**
 * Text from the API (invoice numbers, currency codes) as plain text: no bidi or other control
 * characters, and never read as a formula by a spreadsheet (a leading `=`, `+`, `-` or `@`).
 */
function plainText(value: string): string {
  const text = stripBidiControls(value).text.replace(/\p{Cc}/gu, '')
  return /^[=+\-@]/.test(text) ? `'${text}` : text
}

/** One field, quoted when it holds a quote, a comma or a line break (RFC 4180 §2.6–2.7). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

const record = (fields: readonly string[]) => fields.map(csvField).join(',') + '\r\n'

function lineRecord(currency: string, code: string, line: StatementLine): string[] {
  const money = (minor: number) => majorUnits(minor, currency)
  if (line.kind === 'invoice') {
    const note = line.notCounted ? NOTES[line.notCounted] : ''
    return [code, line.date, 'invoice', plainText(line.number), line.dueDate, money(line.amount), money(line.balance), note]
  }
  return [code, line.date, 'payment', plainText(line.number), '', money(-line.amount), money(line.balance), line.dated ? '' : 'date not given']
}

export function statementCsv(statement: Statement): string {
  let text = '\uFEFF' + record(CSV_COLUMNS)
  for (const entry of statement.currencies) {
    const code = plainText(entry.currency)
    const money = (minor: number) => majorUnits(minor, entry.currency)
    text += record([code, statement.from, 'opening balance', '', '', '', money(entry.opening), ''])
    for (const line of entry.lines) text += record(lineRecord(entry.currency, code, line))
    text += record([code, statement.to, 'closing balance', '', '', '', money(entry.closing), ''])
    for (const bucket of AGEING_BUCKETS) text += record([code, statement.asOf, AGEING_LABELS[bucket], '', '', money(entry.ageing[bucket]), '', ''])
  }
  return text
}

export const statementFilename = (statement: Pick<Statement, 'from' | 'to'>) => `statement-${statement.from}-to-${statement.to}.csv`
