import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as untypedHttp, HttpResponse } from 'msw'
import { db } from '../../../mocks/db'
import type { DbInvoice } from '../../../mocks/db-types'
import { server } from '../../../mocks/node'
import { payInvoice } from '../../../mocks/payments'
import { SEED } from '../../../mocks/seed'
import { apiClient } from '@/lib/api/client'
import { renderRoute } from '@/test/render-route'
import { money } from '@/test/seed-facts'
import { signInAs } from '@/test/sign-in-as'

/* Figures come from the seed's tables, worked out here, never read back through the code under test. */

function invoiceRow(id: string): DbInvoice {
  return db.invoices.find((inv) => inv.id === id)!
}

function sums(inv: DbInvoice) {
  const subtotal = inv.line_items.reduce((sum, item) => sum + Math.round(item.quantity * item.unit_price), 0)
  const tax = Math.round(subtotal * inv.tax_rate)
  return { subtotal, tax, total: subtotal + tax }
}

/** The figure the invoice's sums give for `label`, e.g. "Total". */
function sum(label: string) {
  const term = screen.getByText(label, { selector: 'dt' })
  const figure = term.nextElementSibling
  expect(figure?.tagName).toBe('DD')
  return figure as HTMLElement
}

async function openInvoice(userId: string, invoiceId: string) {
  signInAs(userId)
  const view = renderRoute(`/invoices/${invoiceId}`)
  const invoice = invoiceRow(invoiceId)
  expect(await screen.findByRole('heading', { level: 1, name: `Invoice ${invoice.number}` })).toBeInTheDocument()
  return { view, invoice }
}

/** jsdom cannot follow links; the app's own click handlers still run. */
function stopLinkNavigation() {
  const stop = (event: MouseEvent) => event.preventDefault()
  document.addEventListener('click', stop)
  onTestFinished(() => document.removeEventListener('click', stop))
}

describe('an invoice', () => {
  it('shows a partly paid invoice’s lines, sums, what was paid and what is left', async () => {
    const { invoice } = await openInvoice(SEED.users.ordinary, SEED.invoices.ordinaryPartlyPaidSent)
    const { subtotal, tax, total } = sums(invoice)
    expect(invoice.amount_paid).toBeGreaterThan(0)
    expect(invoice.amount_paid).toBeLessThan(total)

    expect(screen.getByText('Sent', { selector: '.badge' })).toBeInTheDocument()
    const lines = screen.getByRole('table', { name: 'Line items' })
    for (const item of invoice.line_items) {
      const row = within(lines).getByText(item.description).closest('tr')!
      expect(row).toHaveTextContent(money(item.unit_price, 'USD'))
      expect(row).toHaveTextContent(money(Math.round(item.quantity * item.unit_price), 'USD'))
    }
    expect(sum('Subtotal')).toHaveTextContent(money(subtotal, 'USD'))
    expect(sum(`Tax (${Math.round(invoice.tax_rate * 100)}%)`)).toHaveTextContent(money(tax, 'USD'))
    expect(sum('Total')).toHaveTextContent(money(total, 'USD'))
    expect(sum('Amount paid')).toHaveTextContent(money(invoice.amount_paid, 'USD'))
    expect(sum('Amount due')).toHaveTextContent(money(total - invoice.amount_paid, 'USD'))

    const project = db.projects.find((p) => p.id === invoice.project_id)!
    expect(screen.getByRole('link', { name: project.name })).toHaveAttribute('href', `/projects/${project.id}`)
    expect(screen.getByText(/^due (in \d+ days|today|tomorrow)$/)).toBeInTheDocument()
    expect(screen.getByText(invoice.notes!)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to invoices' })).toHaveAttribute('href', '/invoices')
  })

  it('says when an invoice has no project, and when it was paid', async () => {
    const { invoice } = await openInvoice(SEED.users.ordinary, SEED.invoices.ordinaryNoProject)
    expect(screen.getByText('No project')).toBeInTheDocument()
    expect(screen.getByText('Paid', { selector: 'dt' })).toBeInTheDocument()
    expect(sum('Amount due')).toHaveTextContent(/^Paid$/)
    expect(screen.queryByRole('link', { name: /^Pay/ })).not.toBeInTheDocument()
    expect(invoice.paid_at).not.toBeNull()
  })

  it('renders hostile notes and line items as literal text: no link, no image', async () => {
    const { invoice } = await openInvoice(SEED.users.large, SEED.invoices.largeScriptNotes)
    expect(screen.getByText(invoice.notes!)).toBeInTheDocument()
    expect(invoice.notes).toContain('javascript:alert(1)')
    const main = screen.getByRole('main')
    for (const link of within(main).getAllByRole('link')) expect(link.getAttribute('href')).not.toMatch(/^\s*javascript:/i)
    expect(main.querySelector('img')).toBeNull()
  })

  it('shows a JPY line item carrying a markdown javascript: link as text, in whole yen', async () => {
    const { invoice } = await openInvoice(SEED.users.large, SEED.invoices.largeScriptLine)
    const hostile = invoice.line_items.find((item) => item.description.includes('javascript:'))!
    expect(screen.getByText(hostile.description)).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'open the brief' })).not.toBeInTheDocument()
    const main = screen.getByRole('main')
    for (const link of within(main).getAllByRole('link')) expect(link.getAttribute('href')).not.toMatch(/^\s*javascript:/i)
    expect(main.querySelector('img')).toBeNull()
    expect(invoice.currency).toBe('JPY')
    expect(sum('Total')).toHaveTextContent(money(sums(invoice).total, 'JPY'))
    expect(sum('Total').textContent).toMatch(/^¥[\d,]+$/)
  })

  it.each([
    ['another client’s invoice', SEED.invoices.largeScriptNotes],
    ['a client without portal access’s invoice', SEED.invoices.noPortalSent],
    ['a draft', SEED.invoices.ordinaryDraft],
    ['an invoice on a project the client was not invited to', SEED.invoices.ordinaryUninvited],
    ['an unknown id', 'inv_does_not_exist'],
  ])('shows %s as not found, with a way back to the invoices', async (_what, invoiceId) => {
    // React reports every error a boundary catches; this 404 is the expected answer, not noise to read.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    signInAs(SEED.users.ordinary)
    renderRoute(`/invoices/${invoiceId}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoice not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See all your invoices' })).toHaveAttribute('href', '/invoices')
    const number = db.invoices.find((inv) => inv.id === invoiceId)?.number
    if (number) expect(screen.queryByText(new RegExp(number))).not.toBeInTheDocument()
  })
})

describe('the PDF', () => {
  function captureDownloads() {
    const blobs: Blob[] = []
    const saved: { href: string; download: string }[] = []
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob)
        return `blob:http://localhost/pdf-${blobs.length}`
      }),
      revokeObjectURL: vi.fn(),
    })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.getAttribute('href') ?? '', download: this.download })
    })
    return { blobs, saved }
  }

  it('downloads through apiClient as <number>.pdf, a real PDF blob', async () => {
    const user = userEvent.setup()
    const { blobs, saved } = captureDownloads()
    const get = vi.spyOn(apiClient, 'GET')
    const { invoice } = await openInvoice(SEED.users.ordinary, SEED.invoices.ordinaryPartlyPaidSent)

    await user.click(screen.getByRole('button', { name: 'Download PDF' }))

    await waitFor(() => expect(saved).toHaveLength(1))
    expect(get).toHaveBeenCalledWith(
      '/invoices/{invoice_id}/pdf',
      expect.objectContaining({ parseAs: 'blob', params: { path: { invoice_id: invoice.id } } }),
    )
    expect(saved[0]).toEqual({ href: 'blob:http://localhost/pdf-1', download: `${invoice.number}.pdf` })
    expect(blobs[0]!.type).toBe('application/pdf')
    expect(await blobs[0]!.text()).toMatch(/^%PDF-/)
    expect(await screen.findByRole('button', { name: 'Download PDF' })).toBeInTheDocument()
    expect(screen.getByText('PDF downloaded.')).toBeInTheDocument()
  })

  it('says it is preparing the PDF, and offers a retry when that fails', async () => {
    const user = userEvent.setup()
    const { saved } = captureDownloads()
    const { invoice } = await openInvoice(SEED.users.ordinary, SEED.invoices.ordinarySent)

    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    server.use(
      untypedHttp.get(
        '*/v1/invoices/:invoiceId/pdf',
        async () => {
          await gate
          return HttpResponse.json({ error: { code: 'unavailable', message: 'Try later.' } }, { status: 503 })
        },
        { once: true },
      ),
    )
    await user.click(screen.getByRole('button', { name: 'Download PDF' }))
    const busy = await screen.findByRole('button', { name: 'Preparing PDF…' })
    expect(busy).toHaveAttribute('aria-disabled', 'true')
    expect(busy).toHaveFocus()

    release()
    expect(await screen.findByRole('alert')).toHaveTextContent('The PDF could not be prepared.')
    expect(saved).toHaveLength(0)

    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(saved[0]!.download).toBe(`${invoice.number}.pdf`)
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
  })
})

describe('paying', () => {
  it('links to the checkout in a new tab, safely', async () => {
    const { invoice } = await openInvoice(SEED.users.ordinary, SEED.invoices.ordinaryPartlyPaidOverdue)
    const due = sums(invoice).total - invoice.amount_paid
    const pay = screen.getByRole('link', { name: `Pay ${money(due, 'USD')}` })
    expect(pay).toHaveAttribute('href', invoice.payment_url)
    expect(pay).toHaveAttribute('target', '_blank')
    expect(pay.getAttribute('rel')?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
    expect(pay).toHaveAccessibleDescription('Opens a secure checkout in a new tab.')
  })

  it('shows the invoice paid when the client comes back to the tab after paying, without a reload', async () => {
    const user = userEvent.setup()
    stopLinkNavigation()
    const { invoice } = await openInvoice(SEED.users.ordinary, SEED.invoices.ordinaryPartlyPaidSent)
    const heading = screen.getByRole('heading', { level: 1 })

    await user.click(screen.getByRole('link', { name: /^Pay / }))
    expect(payInvoice(invoice.id)).toBe(true) // what the checkout tab does
    window.dispatchEvent(new Event('focus'))

    expect(await screen.findByText('Paid', { selector: '.badge' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /^Pay / })).not.toBeInTheDocument()
    expect(screen.getByText('Payment received. Thank you!')).toHaveAttribute('role', 'status')
    expect(sum('Amount paid')).toHaveTextContent(money(sums(invoice).total, 'USD'))
    expect(sum('Amount due')).toHaveTextContent(/^Paid$/)
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading) // the same page, not a new render
  })
})
