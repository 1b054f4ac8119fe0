import { invoiceFixture } from '@/test/invoice-fixture'
import { hasDueEvent, invoiceDueEvent, invoiceEventUid } from './invoice-events'

const invoice = invoiceFixture
const ORIGIN = 'https://portal.example'

/** The amount as this machine's default locale writes it, which is what the event text uses. */
const money = (major: number, currency: string) => new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(major)

describe('the event’s uid: stable per invoice', () => {
  it('is the invoice id inside a fixed frame', () => {
    expect(invoiceEventUid('inv_1')).toBe('invoice-due-inv_1@nextoria-portal')
  })

  it('percent-encodes an id that holds characters a uid should not', () => {
    expect(invoiceEventUid('inv/1 ?#@')).toBe('invoice-due-inv%2F1%20%3F%23%40@nextoria-portal')
  })
})

describe('which invoices have a due-date event: open, something left to pay, a real date', () => {
  it('is a sent or overdue invoice with something left to pay', () => {
    expect(hasDueEvent(invoice({ status: 'sent', total: 10_000, amount_paid: 0 }))).toBe(true)
    expect(hasDueEvent(invoice({ status: 'overdue', total: 10_000, amount_paid: 9_999 }))).toBe(true)
  })

  it('is not one that is paid, void, a draft or in a status the portal does not know', () => {
    for (const status of ['paid', 'void', 'draft', 'disputed']) expect(hasDueEvent(invoice({ status, total: 10_000 }))).toBe(false)
  })

  it('is not an open invoice with nothing left to pay, nor one overpaid', () => {
    expect(hasDueEvent(invoice({ status: 'sent', total: 10_000, amount_paid: 10_000 }))).toBe(false)
    expect(hasDueEvent(invoice({ status: 'overdue', total: 10_000, amount_paid: 12_000 }))).toBe(false)
  })

  it('is not a credit note, which owes nothing', () => {
    expect(hasDueEvent(invoice({ status: 'sent', total: -1_200 }))).toBe(false)
  })

  it('is not an invoice whose due date is not a calendar date', () => {
    for (const due_date of ['2026-02-30', 'soon', '2026-03-01T00:00:00Z', '']) expect(hasDueEvent(invoice({ status: 'sent', due_date }))).toBe(false)
  })
})

describe('the due-date event', () => {
  it('is on the due date, with the number, what is still due and a link back to the invoice', () => {
    const open = invoice({ id: 'inv_7', number: 'INV-0007', status: 'sent', due_date: '2026-03-01', total: 10_000, amount_paid: 2_500, currency: 'USD' })
    const due = money(75, 'USD')
    expect(invoiceDueEvent(open, ORIGIN)).toEqual({
      uid: 'invoice-due-inv_7@nextoria-portal',
      date: '2026-03-01',
      summary: `Invoice INV-0007 due: ${due}`,
      description: `${due} is due on invoice INV-0007.\nhttps://portal.example/invoices/inv_7`,
      url: 'https://portal.example/invoices/inv_7',
    })
  })

  it('writes the amount in the currency’s own digits: JPY has none', () => {
    const yen = invoice({ status: 'overdue', total: 13_200, amount_paid: 0, currency: 'JPY' })
    expect(invoiceDueEvent(yen, ORIGIN).summary).toBe(`Invoice ${yen.number} due: ${money(13_200, 'JPY')}`)
  })

  it('drops bidi controls from the number, so it reads as it is', () => {
    const spoofed = invoice({ number: 'INV-2026-\u202E1220', total: 100 })
    const event = invoiceDueEvent(spoofed, ORIGIN)
    expect(event.summary).toBe(`Invoice INV-2026-1220 due: ${money(1, 'USD')}`)
    expect(event.description).toContain('on invoice INV-2026-1220.')
  })

  it('percent-encodes the id in the link, so it stays one path segment', () => {
    const odd = invoice({ id: 'a/b c?d', total: 100 })
    const event = invoiceDueEvent(odd, ORIGIN)
    expect(event.url).toBe('https://portal.example/invoices/a%2Fb%20c%3Fd')
    expect(event.uid).toBe('invoice-due-a%2Fb%20c%3Fd@nextoria-portal')
    expect(event.description?.endsWith('\nhttps://portal.example/invoices/a%2Fb%20c%3Fd')).toBe(true)
  })
})
