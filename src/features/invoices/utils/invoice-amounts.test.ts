import { amountDue, isPayable, safePaymentUrl } from './invoice-amounts'

describe('invoice amounts', () => {
  it('owes the total less what was paid, and nothing on a void invoice', () => {
    expect(amountDue({ status: 'overdue', total: 59_130, amount_paid: 29_565 })).toBe(29_565)
    expect(amountDue({ status: 'paid', total: 59_130, amount_paid: 59_130 })).toBe(0)
    expect(amountDue({ status: 'void', total: 59_130, amount_paid: 0 })).toBe(0)
    expect(isPayable({ status: 'sent' })).toBe(true)
    expect(isPayable({ status: 'void' })).toBe(false)
  })

  it('links only to https checkouts, or to this origin’s own', () => {
    const origin = 'http://localhost:5173'
    expect(safePaymentUrl('https://checkout.stripe.com/c/pay/cs_1', origin)).toBe('https://checkout.stripe.com/c/pay/cs_1')
    expect(safePaymentUrl(`${origin}/mocks/checkout/checkout.html?invoice=inv_1`, origin)).toBe(
      `${origin}/mocks/checkout/checkout.html?invoice=inv_1`,
    )
    expect(safePaymentUrl('http://evil.example/pay', origin)).toBeNull()
    expect(safePaymentUrl('javascript:alert(1)', origin)).toBeNull()
    expect(safePaymentUrl('not a url', origin)).toBeNull()
    expect(safePaymentUrl(null, origin)).toBeNull()
  })
})
