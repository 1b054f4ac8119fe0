import { db } from '../../../mocks/db'
import { enableScenario } from '../../../mocks/scenarios/enable-scenario'
import { SEED } from '../../../mocks/seed'
import { apiAs } from '../../../mocks/test-support/api-as'
import { checkInvoiceDetail, checkInvoiceList } from './money-guards'

/**
 * Real answers from the fake API, as the guards meet them, to break one field at a time; with the
 * extensions on, so the optional per-currency totals are there to break too.
 */
async function invoiceList() {
  enableScenario('api-extensions')
  const { data } = await apiAs(SEED.users.large).GET('/invoices', { params: { query: { client_id: SEED.clients.large, limit: 5 } } })
  return structuredClone(data!) as unknown as { data: Record<string, unknown>[]; meta: Record<string, unknown> & { totals_by_currency: Record<string, unknown>[] } }
}

async function invoiceDetail() {
  const invoice = db.invoices.find((inv) => inv.client_id === SEED.clients.ordinary && inv.status === 'sent')!
  const { data } = await apiAs(SEED.users.ordinary).GET('/invoices/{invoice_id}', { params: { path: { invoice_id: invoice.id } } })
  return structuredClone(data!) as unknown as Record<string, unknown> & { line_items: Record<string, unknown>[] }
}

describe('the invoice list guard', () => {
  it('passes what the API sends, in every currency', async () => {
    const body = await invoiceList()
    expect(body.meta.totals_by_currency.length).toBeGreaterThan(1)
    expect(checkInvoiceList(body)).toEqual([])
  })

  it('stops an amount sent as a decimal string, which would read as a hundredth of itself', async () => {
    const body = await invoiceList()
    body.data[2]!.total = '12.00'
    expect(checkInvoiceList(body)).toEqual(['data[2].total should be a whole number of minor units, got the string "12.00"'])
  })

  it('stops a missing amount paid, a fraction of a minor unit and a negative payment', async () => {
    const body = await invoiceList()
    delete body.data[0]!.amount_paid
    body.data[1]!.tax = 10.5
    body.data[3]!.amount_paid = -100
    expect(checkInvoiceList(body)).toEqual([
      'data[0].amount_paid should be a whole number of minor units, got missing',
      'data[1].tax should be a whole number of minor units, got number 10.5',
      'data[3].amount_paid should be at least 0, got -100',
    ])
  })

  it('passes a currency code that is text but not ISO 4217: that row shows "—" with the code, the rest of the page stays', async () => {
    const body = await invoiceList()
    body.data[0]!.currency = 'usd'
    body.data[1]!.currency = 'US$'
    body.meta.totals_by_currency[0]!.currency = 'US$'
    expect(checkInvoiceList(body)).toEqual([])
  })

  it('stops a currency that is not text at all, on a row or in the totals', async () => {
    const body = await invoiceList()
    body.data[0]!.currency = 840
    body.meta.totals_by_currency[0]!.currency = null
    expect(checkInvoiceList(body)).toEqual([
      'data[0].currency should be a currency code, got number 840',
      'meta.totals_by_currency[0].currency should be a currency code, got null',
    ])
  })

  it('stops per-currency totals that are strings, missing, or two for one currency', async () => {
    const body = await invoiceList()
    const [first] = body.meta.totals_by_currency
    first!.outstanding = '1234.50'
    body.meta.totals_by_currency.push({ ...first!, outstanding: 5 })
    delete body.meta.totals_by_currency[1]!.total
    const problems = checkInvoiceList(body)
    expect(problems).toContain('meta.totals_by_currency[0].outstanding should be a whole number of minor units, got the string "1234.50"')
    expect(problems).toContain('meta.totals_by_currency[1].total should be a whole number of minor units, got missing')
    expect(problems.some((p) => /appears twice/.test(p))).toBe(true)
  })

  it('passes the documented list, which carries no per-currency totals', async () => {
    const { data } = await apiAs(SEED.users.large).GET('/invoices', { params: { query: { client_id: SEED.clients.large, limit: 5 } } })
    expect(data?.meta).not.toHaveProperty('totals_by_currency')
    expect(checkInvoiceList(data)).toEqual([])
  })

  it('stops a body that is not an invoice list at all', () => {
    expect(checkInvoiceList(undefined)).toEqual(['the invoice list should be an object, got missing'])
    expect(checkInvoiceList({ data: {}, meta: null })).toEqual([
      'data should be a list, got an object',
      'meta should be an object, got null',
    ])
  })
})

describe('the invoice detail guard', () => {
  it('passes what the API sends', async () => {
    const body = await invoiceDetail()
    expect(body.line_items.length).toBeGreaterThan(0)
    expect(checkInvoiceDetail(body)).toEqual([])
  })

  it('stops a wrong amount on the invoice or on a line', async () => {
    const body = await invoiceDetail()
    body.total = '99.00'
    body.line_items[0]!.unit_price = '15.00'
    body.line_items[0]!.quantity = 0
    expect(checkInvoiceDetail(body)).toEqual([
      'invoice.total should be a whole number of minor units, got the string "99.00"',
      'invoice.line_items[0].quantity should be a positive number, got number 0',
      'invoice.line_items[0].unit_price should be a whole number of minor units, got the string "15.00"',
    ])
  })

  it('stops a line whose amount is not its quantity times its price', async () => {
    const body = await invoiceDetail()
    const line = body.line_items[0]!
    line.quantity = 1.5
    line.unit_price = 1000
    line.amount = 1500
    expect(checkInvoiceDetail(body)).toEqual([])
    line.amount = 150
    expect(checkInvoiceDetail(body)).toEqual(['invoice.line_items[0].amount 150 is not quantity × unit_price (1.5 × 1000)'])
  })

  it('stops missing line items and a bad tax rate', async () => {
    const body = await invoiceDetail()
    delete (body as Record<string, unknown>).line_items
    body.tax_rate = '0.2'
    expect(checkInvoiceDetail(body)).toEqual([
      'invoice.tax_rate should be a non-negative number, got the string "0.2"',
      'invoice.line_items should be a list, got missing',
    ])
  })
})

describe('the guards on bodies no real answer has, to name each problem exactly', () => {
  const row = (fields: Record<string, unknown> = {}) => ({ subtotal: 1_000, tax: 200, total: 1_200, amount_paid: 0, currency: 'USD', ...fields })
  const list = (data: unknown[], meta: Record<string, unknown> = {}) => ({ data, meta: { total: data.length, ...meta } })
  const detail = (fields: Record<string, unknown> = {}) => ({
    ...row(),
    tax_rate: 0.2,
    line_items: [{ quantity: 2, unit_price: 500, amount: 1_000 }],
    ...fields,
  })

  it('describes what came instead of an amount', () => {
    expect(checkInvoiceList(list([row({ total: true, tax: [200], subtotal: { value: 1 }, amount_paid: null })]))).toEqual([
      'data[0].subtotal should be a whole number of minor units, got an object',
      'data[0].tax should be a whole number of minor units, got a list',
      'data[0].total should be a whole number of minor units, got boolean true',
      'data[0].amount_paid should be a whole number of minor units, got null',
    ])
    expect(checkInvoiceList(list([row({ total: 'twelve thousand three hundred dollars' })]))).toEqual([
      'data[0].total should be a whole number of minor units, got the string "twelve thousand thre"',
    ])
    expect(checkInvoiceList(list([row({ total: 10n })]))).toEqual(['data[0].total should be a whole number of minor units, got bigint'])
    expect(checkInvoiceList(list([row({ total: 2 ** 53 })]))).toEqual([
      'data[0].total should be a whole number of minor units, got number 9007199254740992',
    ])
  })

  it('allows a negative total (a credit note), never a negative payment or match count', () => {
    expect(checkInvoiceList(list([row({ subtotal: -1_000, tax: -200, total: -1_200 })]))).toEqual([])
    expect(checkInvoiceList(list([row({ amount_paid: -1 })], { total: -1 }))).toEqual([
      'data[0].amount_paid should be at least 0, got -1',
      'meta.total should be at least 0, got -1',
    ])
    expect(checkInvoiceList(list([row({ amount_paid: 0 })], { total: 0 }))).toEqual([])
  })

  it('stops a row that is not an invoice, and per-currency totals that are not a list of totals', () => {
    expect(checkInvoiceList(list([null, 'inv_1']))).toEqual(['data[0] should be an invoice, got null', 'data[1] should be an invoice, got the string "inv_1"'])
    expect(checkInvoiceList(list([], { totals_by_currency: {} }))).toEqual(['meta.totals_by_currency should be a list, got an object'])
    expect(checkInvoiceList(list([], { totals_by_currency: [null] }))).toEqual([
      "meta.totals_by_currency[0] should be a currency's totals, got null",
    ])
    const totals = { currency: 'USD', count: -1, total: 0, amount_paid: 0, outstanding: 0 }
    expect(checkInvoiceList(list([], { totals_by_currency: [totals] }))).toEqual(['meta.totals_by_currency[0].count should be at least 0, got -1'])
    expect(checkInvoiceList(list([], { totals_by_currency: [{ ...totals, count: 0, outstanding: -5 }] }))).toEqual([])
  })

  it('stops a detail that is not an invoice at all, without reading further', () => {
    expect(checkInvoiceDetail(null)).toEqual(['invoice should be an invoice, got null'])
  })

  it('takes a tax rate of zero or more, and nothing that is not a finite number', () => {
    expect(checkInvoiceDetail(detail({ tax_rate: 0 }))).toEqual([])
    for (const [taxRate, got] of [
      [-0.01, 'number -0.01'],
      [Number.POSITIVE_INFINITY, 'number Infinity'],
      [Number.NaN, 'number NaN'],
      [null, 'null'],
    ] as const) {
      expect(checkInvoiceDetail(detail({ tax_rate: taxRate }))).toEqual([`invoice.tax_rate should be a non-negative number, got ${got}`])
    }
  })

  it('takes a positive, finite quantity on each line, and a line that is an object', () => {
    expect(checkInvoiceDetail(detail({ line_items: [null] }))).toEqual(['invoice.line_items[0] should be a line item, got null'])
    expect(checkInvoiceDetail(detail({ line_items: [{ quantity: Number.POSITIVE_INFINITY, unit_price: 0, amount: 0 }] }))).toEqual([
      'invoice.line_items[0].quantity should be a positive number, got number Infinity',
    ])
    expect(checkInvoiceDetail(detail({ line_items: [{ quantity: -1, unit_price: 500, amount: -500 }] }))).toEqual([
      'invoice.line_items[0].quantity should be a positive number, got number -1',
    ])
    // A quantity in text is one problem, not also a wrong product.
    expect(checkInvoiceDetail(detail({ line_items: [{ quantity: '2', unit_price: 500, amount: 900 }] }))).toEqual([
      'invoice.line_items[0].quantity should be a positive number, got the string "2"',
    ])
    expect(checkInvoiceDetail(detail({ line_items: [{ quantity: 2, unit_price: '5.00', amount: 900 }] }))).toEqual([
      'invoice.line_items[0].unit_price should be a whole number of minor units, got the string "5.00"',
    ])
    expect(checkInvoiceDetail(detail({ line_items: [{ quantity: 2, unit_price: 500, amount: '900' }] }))).toEqual([
      'invoice.line_items[0].amount should be a whole number of minor units, got the string "900"',
    ])
  })

  it('lets a line amount be its product rounded either way at half a minor unit, and no further', () => {
    const line = (amount: number) => detail({ line_items: [{ quantity: 1.5, unit_price: 1_001, amount }] })
    expect(checkInvoiceDetail(line(1_501))).toEqual([])
    expect(checkInvoiceDetail(line(1_502))).toEqual([])
    expect(checkInvoiceDetail(line(1_503))).toEqual(['invoice.line_items[0].amount 1503 is not quantity × unit_price (1.5 × 1001)'])
  })
})
