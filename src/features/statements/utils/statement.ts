import { countsInFigures, isCredit } from '@/features/invoices'
import type { Invoice } from '@/lib/api/types'
import { daysBetween, isCalendarDate, localToday } from '@/lib/format/date'

/*
 * The statement's accounting, per currency (never a sum across currencies), for a period `from`–`to`
 * (calendar dates, both included) drawn up on `today`:
 *
 * - An invoice **counts** when the portal counts it anywhere (`countsInFigures`: shown to a client, a
 *   known status, not a credit note) and is not void. Void invoices, credit notes and invoices in a
 *   status the portal does not know are listed in the period they were issued in, marked, and count
 *   zero: neither their totals nor anything paid on them moves a balance. Drafts are never listed.
 * - **Payments.** The API gives one figure per invoice: `amount_paid`, with `paid_at` on the invoice's
 *   detail. The docs do not say what `paid_at` is for a partly paid invoice; the portal's contract and
 *   the fake API set it when the invoice became paid in full and leave it null until then. So an invoice
 *   has at most one payment the portal knows of: `amount_paid` (at most the total: an overpayment is no
 *   credit the portal can see) on the calendar day of `paid_at` in the client's time zone, never before
 *   the issue date (a `paid_at` with no time is that calendar day). When `paid_at` is null or not a
 *   timestamp (a part payment), the payment is known to have been made by now and no earlier than the
 *   issue date, so it is dated `today` (the issue date, for an invoice dated later) and marked
 *   "date not given": a statement for a past period shows it as still owed then, and one that reaches
 *   today subtracts it, which keeps every closing balance that reaches today equal to what is owed now.
 * - **Opening balance** = the totals of counting invoices issued before `from`, minus their payments
 *   dated before `from`.
 * - **Issued** = the totals of counting invoices issued from `from` to `to`.
 * - **Paid** = payments dated from `from` to `to` (on counting invoices issued by `to`).
 * - **Closing balance** = opening + issued − paid; the same as, invoice by invoice, what counting
 *   invoices issued by `to` still owed at the end of `to`.
 * - **Ageing** sorts that closing balance by how late each invoice's remainder is on `min(to, today)`:
 *   not yet due (current), 1–30, 31–60, 61–90, over 90 days overdue. The buckets add up to the closing
 *   balance; a due date that is not a date counts as current.
 */

export type StatementLine =
  | {
      kind: 'invoice'
      date: string
      invoiceId: string
      number: string
      dueDate: string
      amount: number
      /** Why it counts zero, if it does. */
      notCounted: NotCounted | null
      balance: number
    }
  | { kind: 'payment'; date: string; invoiceId: string; number: string; amount: number; dated: boolean; balance: number }

export const AGEING_BUCKETS = ['current', '1-30', '31-60', '61-90', 'over-90'] as const
export type AgeingBucket = (typeof AGEING_BUCKETS)[number]

export type CurrencyStatement = {
  currency: string
  opening: number
  issued: number
  paid: number
  closing: number
  lines: StatementLine[]
  ageing: Record<AgeingBucket, number>
}

export type Statement = { from: string; to: string; asOf: string; currencies: CurrencyStatement[] }

/** `paid_at` of every invoice with something paid on it, by invoice id (null: not given). */
export type PaymentDates = Readonly<Record<string, string | null>>

type NotCounted = 'void' | 'credit' | 'unknown-status'

function notCountedReason(invoice: Invoice): NotCounted | null {
  if (invoice.status === 'void') return 'void'
  if (countsInFigures(invoice)) return null
  return isCredit(invoice) ? 'credit' : 'unknown-status'
}

/** An RFC 3339 date-time with its offset: what `paid_at` is. `new Date` alone would also read "1" or "12/31". */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})$/

/** The calendar day `paid_at` names in the client's time zone, or null when it names none. */
function dayOf(paidAt: string | null | undefined): string | null {
  if (typeof paidAt !== 'string') return null
  // A date without a time is that calendar day; read as an instant it would be UTC midnight, the day before west of UTC.
  if (isCalendarDate(paidAt)) return paidAt
  if (!TIMESTAMP.test(paidAt)) return null
  const instant = new Date(paidAt)
  return Number.isNaN(instant.getTime()) ? null : localToday(instant)
}

/** The payment's calendar day, as described above: never before the invoice it pays. */
export function paymentDay(invoice: Pick<Invoice, 'issue_date'>, paidAt: string | null | undefined, today: string): { date: string; dated: boolean } {
  const day = dayOf(paidAt)
  const notBeforeIssue = (date: string) => (date < invoice.issue_date ? invoice.issue_date : date)
  return day === null ? { date: notBeforeIssue(today), dated: false } : { date: notBeforeIssue(day), dated: true }
}

export function ageingBucket(dueDate: string, asOf: string): AgeingBucket {
  const late = daysBetween(dueDate, asOf)
  if (late === null || late <= 0) return 'current'
  if (late <= 30) return '1-30'
  if (late <= 60) return '31-60'
  if (late <= 90) return '61-90'
  return 'over-90'
}

const emptyAgeing = (): Record<AgeingBucket, number> => ({ current: 0, '1-30': 0, '31-60': 0, '61-90': 0, 'over-90': 0 })

const byDate = (a: StatementLine, b: StatementLine) =>
  a.date.localeCompare(b.date) ||
  (a.kind === b.kind ? 0 : a.kind === 'invoice' ? -1 : 1) ||
  a.number.localeCompare(b.number) ||
  a.invoiceId.localeCompare(b.invoiceId)

/** The statement for `from`–`to`, from the client's invoices issued by `to` and their payment dates. */
export function buildStatement(
  invoices: readonly Invoice[],
  paymentDates: PaymentDates,
  period: { from: string; to: string },
  today: string,
): Statement {
  const { from, to } = period
  const asOf = to < today ? to : today
  const byCurrency = new Map<string, CurrencyStatement>()
  const forCurrency = (currency: string) => {
    let entry = byCurrency.get(currency)
    if (!entry) {
      entry = { currency, opening: 0, issued: 0, paid: 0, closing: 0, lines: [], ageing: emptyAgeing() }
      byCurrency.set(currency, entry)
    }
    return entry
  }

  for (const invoice of invoices) {
    // The API's range filter already keeps to issue dates up to `to`; an answer that did not is ignored.
    if (!isCalendarDate(invoice.issue_date) || invoice.issue_date > to || invoice.status === 'draft') continue
    const inPeriod = invoice.issue_date >= from
    const notCounted = notCountedReason(invoice)
    if (notCounted !== null) {
      if (inPeriod) {
        forCurrency(invoice.currency).lines.push({
          kind: 'invoice', date: invoice.issue_date, invoiceId: invoice.id, number: invoice.number,
          dueDate: invoice.due_date, amount: invoice.total, notCounted, balance: 0,
        })
      }
      continue
    }
    const entry = forCurrency(invoice.currency)
    const paid = Math.min(invoice.amount_paid, invoice.total)
    const payment = paid > 0 ? paymentDay(invoice, paymentDates[invoice.id], today) : null
    if (inPeriod) {
      entry.issued += invoice.total
      entry.lines.push({
        kind: 'invoice', date: invoice.issue_date, invoiceId: invoice.id, number: invoice.number,
        dueDate: invoice.due_date, amount: invoice.total, notCounted: null, balance: 0,
      })
    } else {
      entry.opening += invoice.total - (payment && payment.date < from ? paid : 0)
    }
    if (payment && payment.date >= from && payment.date <= to) {
      entry.paid += paid
      entry.lines.push({ kind: 'payment', date: payment.date, invoiceId: invoice.id, number: invoice.number, amount: paid, dated: payment.dated, balance: 0 })
    }
    const owedAtEnd = invoice.total - (payment && payment.date <= to ? paid : 0)
    if (owedAtEnd > 0) entry.ageing[ageingBucket(invoice.due_date, asOf)] += owedAtEnd
  }

  const currencies = [...byCurrency.values()]
    .filter((entry) => entry.lines.length > 0 || entry.opening !== 0)
    .sort((a, b) => a.currency.localeCompare(b.currency))
  for (const entry of currencies) {
    entry.closing = entry.opening + entry.issued - entry.paid
    entry.lines.sort(byDate)
    let balance = entry.opening
    for (const line of entry.lines) {
      if (line.kind === 'payment') balance -= line.amount
      else if (line.notCounted === null) balance += line.amount
      line.balance = balance
    }
  }
  return { from, to, asOf, currencies }
}

/** Which invoices the statement needs a payment date for: counting ones with something paid. */
export function needsPaymentDate(invoice: Invoice): boolean {
  return invoice.status !== 'void' && countsInFigures(invoice) && invoice.amount_paid > 0
}
