import { findVisibleInvoice, visibleInvoices } from '../access'
import { authenticate } from '../auth'
import { rejectWrite } from './reject-write'
import { http } from '../http'
import { renderInvoicePdf } from '../invoice-pdf'
import { filterInvoices } from '../invoice-query'
import { paginate, readPage } from '../paging'
import { toInvoice, toInvoiceDetail, totalsByCurrency } from '../views'

/** Shared by `/invoices` and `/clients/{id}/invoices`: filter, total over every match, then page. */
export function invoiceListBody(rows: Parameters<typeof filterInvoices>[0], query: URLSearchParams) {
  const page = readPage(query)
  const matches = filterInvoices(rows, query)
  const { data, meta } = paginate(matches, page)
  return { data: data.map(toInvoice), meta: { ...meta, totals_by_currency: totalsByCurrency(matches) } }
}

export const invoiceHandlers = [
  http.get('/invoices', ({ request, response }) => {
    const principal = authenticate(request)
    const query = new URL(request.url).searchParams
    return response(200).json(invoiceListBody(visibleInvoices(principal), query))
  }),

  http.get('/invoices/{invoice_id}', ({ request, params, response }) => {
    const invoice = findVisibleInvoice(authenticate(request), params.invoice_id)
    return response(200).json(toInvoiceDetail(invoice))
  }),

  http.get('/invoices/{invoice_id}/pdf', ({ request, params }) => {
    const invoice = findVisibleInvoice(authenticate(request), params.invoice_id)
    const pdf = renderInvoicePdf(toInvoiceDetail(invoice))
    return new Response(pdf, {
      status: 200,
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${invoice.number}.pdf"`,
      },
    })
  }),

  // A portal client only reads; the agency's writes answer 403 to it.
  http.post('/invoices', rejectWrite),
  http.patch('/invoices/{invoice_id}', rejectWrite),
  http.post('/invoices/{invoice_id}/send', rejectWrite),
  http.post('/invoices/{invoice_id}/void', rejectWrite),
]
