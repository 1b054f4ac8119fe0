import type { components } from '../src/lib/api/schema'
import type { DbLineItem } from './db-types'

type LineItem = components['schemas']['LineItem']

/**
 * The sums the API derives from line items, all in integer minor units: each line rounds once
 * (quantity can be fractional, e.g. 1.5 hours), tax rounds once on the subtotal.
 */
export function invoiceTotals(items: readonly DbLineItem[], taxRate: number) {
  const lines: LineItem[] = items.map((item) => ({ ...item, amount: Math.round(item.quantity * item.unit_price) }))
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0)
  const tax = Math.round(subtotal * taxRate)
  return { lines, subtotal, tax, total: subtotal + tax }
}
