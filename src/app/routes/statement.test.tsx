import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as untypedHttp } from 'msw'
import Papa from 'papaparse'
import { db } from '../../../mocks/db'
import { server } from '../../../mocks/node'
import type { DbInvoice } from '../../../mocks/db-types'
import { SEED } from '../../../mocks/seed'
import { formatDate } from '@/lib/format/date'
import { renderRoute } from '@/test/render-route'
import { dueOf, isOpen, money, sum, totalOf, visibleInvoicesOf } from '@/test/seed-facts'
import { captureDownloads } from '@/test/capture-downloads'
import { recordInvoiceLookups } from '@/test/record-invoice-lookups'
import { signInAs } from '@/test/sign-in-as'

/*
 * Every expected figure is worked out here from the fake API's tables, by the rules the statement
 * states (the comment in src/features/statements/utils/statement.ts), never through its code:
 * a payment is `amount_paid` on the local calendar day of `paid_at`, or today when `paid_at` is null
 * (a part payment); void invoices count zero.
 */

const pad = (n: number) => String(n).padStart(2, '0')
const localDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
const today = localDay(new Date())
const dayOffset = (ymd: string, days: number) => new Date(Date.parse(`${ymd}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

const payDay = (inv: DbInvoice) => (inv.paid_at ? localDay(new Date(inv.paid_at)) : today)
const counts = (inv: DbInvoice) => inv.status !== 'void' && totalOf(inv) >= 0

type Expected = { opening: number; issued: number; paid: number; closing: number; ageing: number[]; owedNow: number }

function expectedFor(clientId: string, currency: string, from: string, to: string): Expected {
  const invoices = visibleInvoicesOf(clientId).filter((inv) => inv.currency === currency && counts(inv) && inv.issue_date <= to)
  const paidBy = (inv: DbInvoice, day: string, inclusive: boolean) =>
    inv.amount_paid > 0 && (inclusive ? payDay(inv) <= day : payDay(inv) < day) ? Math.min(inv.amount_paid, totalOf(inv)) : 0
  const opening = sum(invoices.filter((inv) => inv.issue_date < from).map((inv) => totalOf(inv) - paidBy(inv, from, false)))
  const issued = sum(invoices.filter((inv) => inv.issue_date >= from).map(totalOf))
  const paid = sum(
    invoices.filter((inv) => inv.amount_paid > 0 && payDay(inv) >= from && payDay(inv) <= to).map((inv) => Math.min(inv.amount_paid, totalOf(inv))),
  )
  // Worked out the other way round: what each invoice still owed at the end of the period.
  const owedAtEnd = invoices.map((inv) => ({ inv, owed: totalOf(inv) - paidBy(inv, to, true) })).filter((row) => row.owed > 0)
  const asOf = to < today ? to : today
  const ageing = [0, 0, 0, 0, 0]
  for (const { inv, owed } of owedAtEnd) {
    const late = Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${inv.due_date}T00:00:00Z`)) / 86_400_000)
    ageing[late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4]! += owed
  }
  const owedNow = sum(visibleInvoicesOf(clientId).filter((inv) => inv.currency === currency && isOpen(inv.status)).map(dueOf))
  return { opening, issued, paid, closing: sum(owedAtEnd.map((row) => row.owed)), ageing, owedNow }
}

async function currencySection(currency: string) {
  return screen.findByRole('region', { name: `In ${currency}` }, { timeout: 40_000 })
}

function figure(section: HTMLElement, term: string) {
  const dt = within(section).getByText(term, { selector: 'dt' })
  return dt.nextElementSibling?.textContent
}

const AGEING_ROWS = ['Not yet due', '1–30 days overdue', '31–60 days overdue', '61–90 days overdue', 'Over 90 days overdue']

async function checkFigures(currency: string, expected: Expected) {
  const section = await currencySection(currency)
  expect(figure(section, 'Opening balance')).toBe(money(expected.opening, currency))
  expect(figure(section, 'Invoiced')).toBe(money(expected.issued, currency))
  expect(figure(section, 'Paid')).toBe(money(expected.paid, currency))
  expect(figure(section, 'Closing balance')).toBe(money(expected.closing, currency))
  const ageing = within(section).getByRole('table', { name: /What is still open/ })
  AGEING_ROWS.forEach((label, index) => {
    expect(within(ageing).getByRole('rowheader', { name: label }).nextElementSibling?.textContent, label).toBe(money(expected.ageing[index]!, currency))
  })
  return section
}

/** jsdom's Blob has no arrayBuffer(); FileReader reads it. */
function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as ArrayBuffer)
    reader.onerror = () => reject(reader.error ?? new Error("unreadable"))
    reader.readAsArrayBuffer(blob)
  })
}

const minorDigits = (currency: string) => new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
const toMinor = (major: string, currency: string) => Math.round(Number(major) * 10 ** minorDigits(currency))

describe('the statement', () => {
  it('gives the large client’s last 12 months per currency, JPY and part payments included, and its figures add up', async () => {
    signInAs(SEED.users.large)
    renderRoute('/statement')
    // The loader starts 5,000 invoices' worth of fake-API requests in this same thread before the page
    // renders, so under a loaded CI machine the heading can take longer than the usual wait.
    expect(await screen.findByRole('heading', { level: 1, name: 'Statement' }, { timeout: 30_000 })).toBeInTheDocument()
    const from = dayOffset(`${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, 1)
    const invoices = visibleInvoicesOf(SEED.clients.large)
    const currencies = [...new Set(invoices.map((inv) => inv.currency))].sort()
    expect(currencies).toEqual(['EUR', 'JPY', 'USD'])
    // The seed has what this test is about: part payments (no paid_at) and void invoices in the period.
    expect(invoices.some((inv) => isOpen(inv.status) && inv.amount_paid > 0 && inv.issue_date >= from)).toBe(true)
    expect(invoices.some((inv) => inv.status === 'void' && inv.issue_date >= from)).toBe(true)

    for (const currency of currencies) {
      const expected = expectedFor(SEED.clients.large, currency, from, today)
      expect(expected.opening + expected.issued - expected.paid).toBe(expected.closing)
      // A statement reaching today closes on what is owed now: every payment is in it.
      expect(expected.closing).toBe(expected.owedNow)
      expect(sum(expected.ageing)).toBe(expected.closing)
      await checkFigures(currency, expected)
    }

    const jpy = await currencySection('JPY')
    const voidInJpy = invoices.find((inv) => inv.currency === 'JPY' && inv.status === 'void' && inv.issue_date >= from)
    if (voidInJpy) expect(within(jpy).getByText(voidInJpy.number).closest('tr')).toHaveTextContent('Void: not counted')
    expect(screen.getByText(/Payments made outside the portal, such as bank transfers, appear here once/)).toBeInTheDocument()
  }, 120_000)

  it('shows a past period with a part payment still owed at its end, and its closing balance is the next period’s opening', async () => {
    const user = userEvent.setup()
    signInAs(SEED.users.large)
    const partly = visibleInvoicesOf(SEED.clients.large)
      .filter((inv) => isOpen(inv.status) && inv.amount_paid > 0 && inv.currency === 'USD')
      .sort((a, b) => a.issue_date.localeCompare(b.issue_date))[0]!
    const to = dayOffset(today, -1)
    const from = dayOffset(partly.issue_date, -30)
    renderRoute(`/statement?period=custom&from=${from}&to=${to}`)
    const expected = expectedFor(SEED.clients.large, 'USD', from, to)
    const section = await checkFigures('USD', expected)
    // The part payment has no date yet, so it is dated today: after this period, owed in full at its end.
    expect(within(section).queryByText('(date not given)')).toBeNull()
    expect(within(section).getByText(partly.number).closest('tr')).toHaveTextContent(money(totalOf(partly), 'USD'))

    // The period after it, chosen as a user would.
    await user.selectOptions(screen.getByLabelText('Period'), 'Dates of your choice')
    await user.clear(screen.getByLabelText('From'))
    await user.type(screen.getByLabelText('From'), today)
    await user.clear(screen.getByLabelText('To'))
    await user.type(screen.getByLabelText('To'), today)
    await user.click(screen.getByRole('button', { name: 'Show statement' }))
    const next = expectedFor(SEED.clients.large, 'USD', today, today)
    expect(next.opening).toBe(expected.closing)
    await waitFor(() => expect(screen.getByText(/^From /)).toHaveTextContent(new RegExp(`${new Date().getFullYear()}.*${new Date().getFullYear()}`)))
    await waitFor(() => expect(screen.queryByText('Preparing your statement')).toBeNull())
    const after = await checkFigures('USD', next)
    expect(within(after).getAllByText('(date not given)').length).toBeGreaterThan(0)
  }, 120_000)

  it('counts the payment dates it looks up while it prepares, then shows the statement and no count', async () => {
    signInAs(SEED.users.ordinary)
    // What the statement needs a detail for: every invoice with something paid on it, issued by today.
    const needed = visibleInvoicesOf(SEED.clients.ordinary).filter((inv) => counts(inv) && inv.amount_paid > 0 && inv.issue_date <= today)
    expect(needed.length).toBeGreaterThan(6)
    // The first six answers come at once; the rest wait until the test lets them through.
    const gate = { open: 6, waiting: [] as (() => void)[] }
    server.use(
      untypedHttp.get('*/v1/invoices/:invoiceId', async () => {
        if (gate.open <= 0) await new Promise<void>((resolve) => gate.waiting.push(resolve))
        gate.open -= 1
      }),
    )
    renderRoute('/statement')
    const bar = await screen.findByRole('progressbar', { name: `Looking up payment dates: 6 of ${needed.length}` })
    expect(bar).toHaveAttribute('value', '6')
    expect(bar).toHaveAttribute('max', String(needed.length))
    expect(screen.getByRole('status', { busy: true })).toHaveTextContent('Preparing your statement')

    gate.open = Infinity
    for (const release of gate.waiting.splice(0)) release()
    await currencySection('USD')
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(screen.queryByText(/Looking up payment dates/)).toBeNull()
  }, 60_000)

  it('asks for a paid invoice’s payment date once: another period’s statement reuses it', async () => {
    signInAs(SEED.users.ordinary)
    const details = recordInvoiceLookups()
    // Two periods split where the seed has paid invoices on both sides, wherever the calendar is (a
    // split at 1 January found none before it in December).
    const paid = visibleInvoicesOf(SEED.clients.ordinary)
      .filter((inv) => inv.status === 'paid')
      .sort((a, b) => a.issue_date.localeCompare(b.issue_date))
    const split = paid[Math.floor(paid.length / 2)]!.issue_date
    const before = paid.filter((inv) => inv.issue_date < split)
    expect(before.length).toBeGreaterThan(0)

    const view = renderRoute(`/statement?period=custom&from=${split}&to=${today}`)
    await currencySection('USD')
    await waitFor(() => expect(screen.queryByText('Preparing your statement')).toBeNull())
    // The later period's statement needs the dates of the earlier paid invoices too: they decide its opening balance.
    for (const inv of before) expect(details, inv.number).toContain(inv.id)
    const asked = details.length

    const earlier = { from: paid[0]!.issue_date, to: dayOffset(split, -1) }
    await act(() => view.router.navigate(`/statement?period=custom&from=${earlier.from}&to=${earlier.to}`))
    await waitFor(() => expect(screen.getByText(/^From /)).toHaveTextContent(formatDate(earlier.to)))
    await waitFor(() => expect(screen.queryByText('Preparing your statement')).toBeNull())
    await currencySection('USD')
    const again = details.slice(asked)
    for (const inv of before) expect(again, inv.number).not.toContain(inv.id)
  }, 60_000)

  it('downloads a CSV that parses back to the same figures, per currency, with a byte-order mark and CRLF lines', async () => {
    const user = userEvent.setup()
    const saved = captureDownloads()
    signInAs(SEED.users.large)
    renderRoute('/statement?period=this-year')
    const year = today.slice(0, 4)
    await currencySection('USD')
    await user.click(screen.getByRole('button', { name: 'Download CSV' }))
    expect(saved.map((file) => file.name)).toEqual([`statement-${year}-01-01-to-${year}-12-31.csv`])
    const bytes = new Uint8Array(await readBlob(saved[0]!.blob))
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)

    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual(['currency', 'date', 'type', 'invoice', 'due_date', 'amount', 'balance', 'note'])
    for (const currency of ['EUR', 'JPY', 'USD']) {
      const expected = expectedFor(SEED.clients.large, currency, `${year}-01-01`, `${year}-12-31`)
      const rows = parsed.data.filter((row) => row.currency === currency)
      const one = (type: string) => rows.filter((row) => row.type === type)
      expect(one('opening balance').map((row) => toMinor(row.balance!, currency))).toEqual([expected.opening])
      expect(one('closing balance').map((row) => toMinor(row.balance!, currency))).toEqual([expected.closing])
      const counted = (row: Record<string, string>) => !row.note?.includes('not counted')
      expect(sum(one('invoice').filter(counted).map((row) => toMinor(row.amount!, currency)))).toBe(expected.issued)
      expect(sum(one('payment').map((row) => toMinor(row.amount!, currency)))).toBe(-expected.paid)
      expect(rows.filter((row) => row.type!.startsWith('ageing')).map((row) => toMinor(row.amount!, currency))).toEqual(expected.ageing)
      for (const row of rows) expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (currency === 'JPY') for (const row of rows) expect(`${row.amount}${row.balance}`).not.toContain('.')
      const voids = visibleInvoicesOf(SEED.clients.large).filter((inv) => inv.currency === currency && inv.status === 'void' && inv.issue_date >= `${year}-01-01`)
      expect(one('invoice').filter((row) => row.note === 'void, not counted').map((row) => row.invoice).sort()).toEqual(voids.map((inv) => inv.number).sort())
    }
  }, 120_000)

  it('lists the ordinary client’s invoices of the period and never a draft', async () => {
    signInAs(SEED.users.ordinary)
    renderRoute('/statement?period=custom&from=2000-01-01&to=2100-12-31')
    const section = await currencySection('USD')
    const visible = visibleInvoicesOf(SEED.clients.ordinary)
    for (const inv of visible) expect(within(section).getAllByText(inv.number).length).toBeGreaterThan(0)
    for (const draft of db.invoices.filter((inv) => inv.client_id === SEED.clients.ordinary && inv.status === 'draft')) {
      expect(within(section).queryByText(draft.number)).toBeNull()
    }
    const expected = expectedFor(SEED.clients.ordinary, 'USD', '2000-01-01', '2100-12-31')
    expect(expected.opening).toBe(0)
    await checkFigures('USD', expected)
  }, 30_000)
})
