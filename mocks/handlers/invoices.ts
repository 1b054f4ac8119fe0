import { findVisibleInvoice, listedInvoices } from '../access'
import { apiFlavour } from '../api-flavour'
import { authenticate } from '../auth'
import { withFutureFields } from '../future-fields'
import { rejectWrite } from './reject-write'
import { http } from '../http'
import { NO_STORE } from '../no-store'
import { renderInvoicePdf } from '../invoice-pdf'
import { filterInvoices } from '../invoice-query'
import { paginate, readPage } from '../paging'
import { assertListScope } from '../list-scope'
import { docsListMeta, toInvoice, toInvoiceDetail, totalsByCurrency } from '../views'

/**
 * Shared by `/invoices` and `/clients/{id}/invoices`: filter, then page. The meta is the docs' own,
 * sums across currencies included; per-currency totals only with the portal's extensions on.
 */
export function invoiceListBody(rows: Parameters<typeof filterInvoices>[0], query: URLSearchParams) {
  const page = readPage(query)
  const matches = filterInvoices(rows, query)
  const { data, meta } = paginate(matches, page)
  const extensions = apiFlavour() === 'extensions' ? { totals_by_currency: totalsByCurrency(matches) } : {}
  return { data: data.map((row) => withFutureFields(toInvoice(row))), meta: { ...meta, ...docsListMeta(matches), ...extensions } }
}

/** What `GET /invoices` answers the request's token: also what scenarios that distort it start from. */
export function invoiceListFor(request: Request) {
  const principal = authenticate(request)
  const query = new URL(request.url).searchParams
  assertListScope(principal, query)
  return invoiceListBody(listedInvoices(principal), query)
}

export const invoiceHandlers = [
  http.get('/invoices', ({ request, response }) => response(200).json(invoiceListFor(request), { headers: NO_STORE })),

  http.get('/invoices/{invoice_id}', ({ request, params, response }) => {
    const invoice = findVisibleInvoice(authenticate(request), params.invoice_id)
    return response(200).json(withFutureFields(toInvoiceDetail(invoice)), { headers: NO_STORE })
  }),

  http.get('/invoices/{invoice_id}/pdf', ({ request, params }) => {
    const invoice = findVisibleInvoice(authenticate(request), params.invoice_id)
    const pdf = renderInvoicePdf(toInvoiceDetail(invoice))
    return new Response(pdf, {
      status: 200,
      headers: {
        ...NO_STORE,
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
