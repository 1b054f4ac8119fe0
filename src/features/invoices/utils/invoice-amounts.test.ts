import { amountDue, creditOf, isCredit, isPayable, safePaymentUrl } from './invoice-amounts'

describe('invoice amounts', () => {
  it('owes the total less what was paid, and nothing on a void invoice', () => {
    expect(amountDue({ status: 'overdue', total: 59_130, amount_paid: 29_565 })).toBe(29_565)
    expect(amountDue({ status: 'paid', total: 59_130, amount_paid: 59_130 })).toBe(0)
    expect(amountDue({ status: 'void', total: 59_130, amount_paid: 0 })).toBe(0)
    expect(isPayable({ status: 'sent' })).toBe(true)
    expect(isPayable({ status: 'void' })).toBe(false)
  })

  it('owes nothing, never a negative amount, on an overpaid invoice', () => {
    expect(amountDue({ status: 'paid', total: 59_130, amount_paid: 60_000 })).toBe(0)
    expect(amountDue({ status: 'sent', total: 10_000, amount_paid: 10_001 })).toBe(0)
    expect(amountDue({ status: 'overdue', total: 10_000, amount_paid: 9_999 })).toBe(1)
    expect(amountDue({ status: 'sent', total: 10_000, amount_paid: 0 })).toBe(10_000)
  })

  it('owes nothing on a void invoice, whatever was paid on it', () => {
    expect(amountDue({ status: 'void', total: 59_130, amount_paid: 10_000 })).toBe(0)
    expect(amountDue({ status: 'void', total: 59_130, amount_paid: 60_000 })).toBe(0)
  })

  it('is payable only while sent or overdue', () => {
    expect(isPayable({ status: 'overdue' })).toBe(true)
    expect(isPayable({ status: 'paid' })).toBe(false)
    expect(isPayable({ status: 'draft' })).toBe(false)
  })

  it('owes nothing on a credit note, and says how much it credits', () => {
    expect(amountDue({ status: 'sent', total: -1_200, amount_paid: 0 })).toBe(0)
    expect(creditOf({ status: 'sent', total: -1_200, amount_paid: 0 })).toBe(1_200)
    expect(creditOf({ status: 'paid', total: -1_200, amount_paid: 0 })).toBe(1_200)
    expect(creditOf({ status: 'sent', total: 1_200, amount_paid: 0 })).toBe(0)
    expect(creditOf({ status: 'void', total: -1_200, amount_paid: 0 })).toBe(0)
    // Zero is neither owed nor credited (and `toBe` tells 0 from -0).
    expect(creditOf({ status: 'sent', total: 0, amount_paid: 0 })).toBe(0)
    expect(isCredit({ status: 'sent', total: 0, amount_paid: 0 })).toBe(false)
    expect(isCredit({ status: 'overdue', total: -1, amount_paid: 0 })).toBe(true)
  })

  it('owes nothing, and is not payable, in a status it does not know', () => {
    const refunded = { status: 'refunded', total: 59_130, amount_paid: 0 } as never
    expect(amountDue(refunded)).toBe(0)
    expect(isPayable(refunded)).toBe(false)
    expect(creditOf({ status: 'refunded', total: -100, amount_paid: 0 } as never)).toBe(0)
  })
})

describe('safePaymentUrl: a Pay link only to a configured checkout origin', () => {
  const STRIPE = 'https://checkout.stripe.com'
  const SELF = 'http://localhost:5173'

  it('by default (VITE_PAYMENT_ORIGINS unset) links to Stripe Checkout only', () => {
    expect(safePaymentUrl('https://checkout.stripe.com/c/pay/cs_test_1')).toBe('https://checkout.stripe.com/c/pay/cs_test_1')
    expect(safePaymentUrl('https://pay.agency.example/i/1')).toBeNull()
    expect(safePaymentUrl(`${window.location.origin}/mocks/checkout/checkout.html?invoice=inv_1`)).toBeNull()
    expect(safePaymentUrl(null)).toBeNull()
  })

  it.each([
    ['https://checkout.stripe.com@evil.example/', 'a user name that looks like the host'],
    ['https://checkout.stripe.com.evil.example/pay', 'a look-alike host'],
    ['https://checkout.stripe.com:8443/c/pay/cs_1', 'another port'],
    ['https://user:pw@checkout.stripe.com/x', 'a user name and password on the right host'],
    ['https://user@checkout.stripe.com/x', 'a user name on the right host'],
    ['https://:pw@checkout.stripe.com/x', 'a password on the right host'],
    ['http://checkout.stripe.com/c/pay/cs_1', 'plain http on the right host'],
    ['javascript:alert(1)', 'a javascript: URL'],
    ['JAVASCRIPT:alert(1)//https://checkout.stripe.com', 'a javascript: URL naming the host'],
    ['java\tscript:alert(1)', 'a javascript: URL with a tab'],
    ['data:text/html,<script>alert(1)</script>', 'a data: URL'],
    ['/mocks/checkout/checkout.html?invoice=inv_1', 'a relative URL'],
    ['//checkout.stripe.com/c/pay/cs_1', 'a protocol-relative URL'],
    ['checkout.stripe.com/c/pay/cs_1', 'no scheme'],
    ['https://billing.other.example/pay', 'an https origin nobody listed'],
    ['https://stripe.com/c/pay/cs_1', 'the parent domain'],
    ['', 'an empty string'],
    ['not a url', 'not a URL at all'],
  ])('refuses %s (%s)', (url) => {
    expect(safePaymentUrl(url, STRIPE, SELF)).toBeNull()
  })

  it('links to a listed custom checkout domain, and not to it when unlisted', () => {
    const list = 'https://checkout.stripe.com,https://pay.agency.example'
    expect(safePaymentUrl('https://pay.agency.example/i/inv_1?x=1#top', list, SELF)).toBe('https://pay.agency.example/i/inv_1?x=1#top')
    expect(safePaymentUrl('https://checkout.stripe.com/c/pay/cs_1', list, SELF)).toBe('https://checkout.stripe.com/c/pay/cs_1')
    expect(safePaymentUrl('https://pay.agency.example/i/inv_1', STRIPE, SELF)).toBeNull()
    expect(safePaymentUrl('https://evil.pay.agency.example/i/inv_1', list, SELF)).toBeNull()
  })

  it.each([
    [' https://pay.agency.example , https://checkout.stripe.com '],
    ['https://pay.agency.example/'],
    ['HTTPS://PAY.AGENCY.EXAMPLE'],
    ['https://Pay.Agency.Example:443/'],
    [',,https://pay.agency.example,,'],
    ['\thttps://pay.agency.example\n'],
  ])('reads the configured list %j as the origin https://pay.agency.example', (list) => {
    expect(safePaymentUrl('https://pay.agency.example/i/inv_1', list, SELF)).toBe('https://pay.agency.example/i/inv_1')
    expect(safePaymentUrl('https://PAY.agency.example/i/inv_1', list, SELF)).toBe('https://pay.agency.example/i/inv_1')
    expect(safePaymentUrl('https://evil.example/i/inv_1', list, SELF)).toBeNull()
  })

  it.each([
    ['http://pay.agency.example', 'plain http off localhost', 'http://pay.agency.example/i/1'],
    ['http://pay.agency.example', 'plain http off localhost', 'https://pay.agency.example/i/1'],
    ['https://user:pw@pay.agency.example', 'credentials', 'https://pay.agency.example/i/1'],
    ['https://user@pay.agency.example', 'a user name', 'https://pay.agency.example/i/1'],
    ['https://:pw@pay.agency.example', 'a password', 'https://pay.agency.example/i/1'],
    ['ftp://localhost:2121', 'another scheme, even on this machine', 'ftp://localhost:2121/pay'],
    ['https://pay.agency.example#top', 'a fragment, not an origin', 'https://pay.agency.example/i/1'],
    ['https://pay.agency.example/checkout', 'a path, not an origin', 'https://pay.agency.example/checkout/1'],
    ['https://pay.agency.example?x=1', 'a query, not an origin', 'https://pay.agency.example/i/1'],
    ['*', 'a wildcard', 'https://pay.agency.example/i/1'],
    ['https://*.agency.example', 'a wildcard host', 'https://pay.agency.example/i/1'],
    ['pay.agency.example', 'no scheme', 'https://pay.agency.example/i/1'],
    ['javascript:', 'a javascript: "origin"', 'javascript:alert(1)'],
    ['null', 'the opaque origin', 'javascript:alert(1)'],
    ['', 'nothing at all', 'https://checkout.stripe.com/c/pay/cs_1'],
  ])('ignores a listed %j (%s): no Pay link to %s', (list, _reason, url) => {
    expect(safePaymentUrl(url, list, SELF)).toBeNull()
  })

  it('lets the mock checkout on http://localhost be listed, by origin or as `self`', () => {
    const checkout = 'http://localhost:5173/mocks/checkout/checkout.html?invoice=inv_1'
    expect(safePaymentUrl(checkout, 'http://localhost:5173', SELF)).toBe(checkout)
    expect(safePaymentUrl(checkout, 'self', SELF)).toBe(checkout)
    expect(safePaymentUrl(checkout, ' SELF ', SELF)).toBe(checkout)
    expect(safePaymentUrl('http://127.0.0.1:4392/mocks/checkout/checkout.html', 'self', 'http://127.0.0.1:4392')).toBe(
      'http://127.0.0.1:4392/mocks/checkout/checkout.html',
    )
    expect(safePaymentUrl('http://[::1]:5173/pay', 'http://[::1]:5173', SELF)).toBe('http://[::1]:5173/pay')
    expect(safePaymentUrl('http://127.0.0.1:5173/pay', 'http://127.0.0.1:5173', SELF)).toBe('http://127.0.0.1:5173/pay')
    // `self` is this page's origin only: not another port, not another host, not https in its name.
    expect(safePaymentUrl('http://localhost:4174/mocks/checkout/checkout.html', 'self', SELF)).toBeNull()
    expect(safePaymentUrl('https://localhost:5173/mocks/checkout/checkout.html', 'self', SELF)).toBeNull()
    expect(safePaymentUrl('http://evil.example/pay', 'self', SELF)).toBeNull()
    expect(safePaymentUrl('https://checkout.stripe.com/c/pay/cs_1', 'self', SELF)).toBeNull()
    // A portal served over plain http on a real host does not make that host a checkout.
    expect(safePaymentUrl('http://portal.example/pay', 'self', 'http://portal.example')).toBeNull()
    expect(safePaymentUrl('https://portal.agency.example/pay', 'self', 'https://portal.agency.example')).toBe(
      'https://portal.agency.example/pay',
    )
  })
})
