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
