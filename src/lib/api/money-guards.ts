import type { ResponseCheck } from './unwrap'

/*
 * Hand-written guards for the answers that feed money figures (no schema library: the bundle has a
 * size budget). They check what would otherwise become a wrong amount on screen: an amount sent as a
 * string ("12.00" shown as $0.12), a missing one (NaN or $0.00), a fraction of a minor unit, a
 * currency that is not text. Everything else is left to the contract and the types.
 */

type Problems = string[]
type Obj = Record<string, unknown>

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value)

function describe(value: unknown): string {
  if (value === undefined) return 'missing'
  if (value === null) return 'null'
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 20))}`
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value
}

/** Minor units are whole numbers that a double holds exactly. */
function amount(problems: Problems, obj: Obj, field: string, at: string, { min }: { min?: number } = {}): void {
  const value = obj[field]
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    problems.push(`${at}.${field} should be a whole number of minor units, got ${describe(value)}`)
  } else if (min !== undefined && value < min) {
    problems.push(`${at}.${field} should be at least ${min}, got ${value}`)
  }
}

/*
 * A currency must be text. One that is text but no ISO 4217 code (`US$`, `usd`) is let through: the
 * formatter shows that row's amounts as "— (US$)", never a figure in guessed digits, and sums are per
 * currency code, so it is never added to another currency. Refusing the answer would blank a whole
 * page of good invoices for one bad row.
 */
function currency(problems: Problems, obj: Obj, at: string): void {
  const value = obj.currency
  if (typeof value !== 'string') {
    problems.push(`${at}.currency should be a currency code, got ${describe(value)}`)
  }
}

function invoiceAmounts(problems: Problems, invoice: unknown, at: string): void {
  if (!isObject(invoice)) {
    problems.push(`${at} should be an invoice, got ${describe(invoice)}`)
    return
  }
  for (const field of ['subtotal', 'tax', 'total']) amount(problems, invoice, field, at)
  amount(problems, invoice, 'amount_paid', at, { min: 0 })
  currency(problems, invoice, at)
}

function currencyTotals(problems: Problems, totals: unknown, at: string): void {
  if (!Array.isArray(totals)) {
    problems.push(`${at} should be a list, got ${describe(totals)}`)
    return
  }
  const seen = new Set<unknown>()
  totals.forEach((entry: unknown, i) => {
    const where = `${at}[${i}]`
    if (!isObject(entry)) {
      problems.push(`${where} should be a currency's totals, got ${describe(entry)}`)
      return
    }
    currency(problems, entry, where)
    // Two entries for one currency would show two different balances for the same money.
    if (seen.has(entry.currency)) problems.push(`${where}.currency ${String(entry.currency)} appears twice`)
    seen.add(entry.currency)
    amount(problems, entry, 'count', where, { min: 0 })
    for (const field of ['total', 'amount_paid', 'outstanding']) amount(problems, entry, field, where)
  })
}

/** A page of `GET /invoices`: every row's amounts, the match count and, when sent, the per-currency totals. */
export const checkInvoiceList: ResponseCheck = (body) => {
  const problems: Problems = []
  if (!isObject(body)) return [`the invoice list should be an object, got ${describe(body)}`]
  if (!Array.isArray(body.data)) problems.push(`data should be a list, got ${describe(body.data)}`)
  else body.data.forEach((invoice: unknown, i) => invoiceAmounts(problems, invoice, `data[${i}]`))
  if (!isObject(body.meta)) {
    problems.push(`meta should be an object, got ${describe(body.meta)}`)
  } else {
    amount(problems, body.meta, 'total', 'meta', { min: 0 })
    // An extension the docs do not promise: checked when sent, never required.
    if (body.meta.totals_by_currency !== undefined) {
      currencyTotals(problems, body.meta.totals_by_currency, 'meta.totals_by_currency')
    }
  }
  return problems
}

/** `GET /invoices/{id}`: the invoice's amounts and every line item's. */
export const checkInvoiceDetail: ResponseCheck = (body) => {
  const problems: Problems = []
  invoiceAmounts(problems, body, 'invoice')
  if (!isObject(body)) return problems
  const { tax_rate: taxRate, line_items: lines } = body
  if (typeof taxRate !== 'number' || !Number.isFinite(taxRate) || taxRate < 0) {
    problems.push(`invoice.tax_rate should be a non-negative number, got ${describe(taxRate)}`)
  }
  if (!Array.isArray(lines)) {
    problems.push(`invoice.line_items should be a list, got ${describe(lines)}`)
    return problems
  }
  lines.forEach((line: unknown, i) => {
    const at = `invoice.line_items[${i}]`
    if (!isObject(line)) {
      problems.push(`${at} should be a line item, got ${describe(line)}`)
      return
    }
    const { quantity } = line
    if (typeof quantity !== 'number' || !Number.isFinite(quantity) || quantity <= 0) {
      problems.push(`${at}.quantity should be a positive number, got ${describe(quantity)}`)
    }
    amount(problems, line, 'unit_price', at)
    amount(problems, line, 'amount', at)
    // The contract defines the line amount as quantity × unit_price rounded to a minor unit.
    const { unit_price: unitPrice, amount: lineAmount } = line
    if (typeof quantity === 'number' && typeof unitPrice === 'number' && typeof lineAmount === 'number') {
      if (Math.abs(lineAmount - quantity * unitPrice) > 0.5 + 1e-9) {
        problems.push(`${at}.amount ${lineAmount} is not quantity × unit_price (${quantity} × ${unitPrice})`)
      }
    }
  })
  return problems
}
