import { db } from '../db'
import { invoiceTotals } from '../invoice-totals'
import { payInvoice } from '../payments'
import { SEED } from '../seed'
import { findCheckoutInvoice, formatAmount } from './checkout-invoice'

describe('the mock checkout', () => {
  it('offers an open invoice for what is left to pay on it', () => {
    const row = db.invoices.find((inv) => inv.id === SEED.invoices.ordinaryPartlyPaidSent)!
    const { total } = invoiceTotals(row.line_items, row.tax_rate)
    expect(row.amount_paid).toBeGreaterThan(0)
    expect(findCheckoutInvoice(row.id)).toEqual({
      invoice: expect.objectContaining({ number: row.number, currency: 'USD', amountDue: total - row.amount_paid }) as unknown,
    })
  })

  it('refuses unknown, paid and void invoices, and one paid meanwhile', () => {
    expect(findCheckoutInvoice(null)).toEqual({ problem: 'unknown' })
    expect(findCheckoutInvoice('inv_nope')).toEqual({ problem: 'unknown' })
    expect(findCheckoutInvoice(SEED.invoices.ordinaryPaid)).toEqual({ problem: 'paid' })
    expect(findCheckoutInvoice(SEED.invoices.ordinaryVoid)).toEqual({ problem: 'not-payable' })
    expect(findCheckoutInvoice(SEED.invoices.ordinaryDraft)).toEqual({ problem: 'not-payable' })
    expect(payInvoice(SEED.invoices.ordinarySent)).toBe(true)
    expect(findCheckoutInvoice(SEED.invoices.ordinarySent)).toEqual({ problem: 'paid' })
  })

  it('formats amounts with the currency’s own digits', () => {
    const yen = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'JPY' }).format(12345)
    expect(formatAmount(12345, 'JPY')).toBe(yen)
    expect(formatAmount(12345, 'USD')).toBe(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(123.45))
  })
})
