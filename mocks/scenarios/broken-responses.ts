import { http as untypedHttp, HttpResponse } from 'msw'
import { findVisibleInvoice } from '../access'
import { authenticate } from '../auth'
import { invoiceListFor } from '../handlers/invoices'
import { API_PREFIX } from '../http'
import { toInvoiceDetail } from '../views'
import type { Scenario } from './types'
import { violationHeaders } from './violation'

/** The invoice list answers 200 with its JSON cut off halfway, as a dropped proxy connection leaves it. */
export const malformedJson: Scenario = {
  summary: 'The invoice list answers 200 with its JSON cut off halfway.',
  handlers: () => [
    untypedHttp.get(`${API_PREFIX}/invoices`, ({ request }) => {
      const body = JSON.stringify(invoiceListFor(request))
      return new HttpResponse(body.slice(0, Math.ceil(body.length / 2)), {
        status: 200,
        headers: { 'Content-Type': 'application/json', ...violationHeaders('malformed-json') },
      })
    }),
  ],
}

/** "12.00" for 1200 minor units: a serializer that sends decimals as strings. */
const asDecimalString = (minor: number) => (minor / 100).toFixed(2)

/**
 * Invoice lists and details answer 200 with well-formed JSON that breaks the contract's money fields:
 * totals are decimal strings, the first listed invoice has no `amount_paid`, and a detail's first
 * line amount is a string too. Shown as numbers, "12.00" would read as $0.12 and a missing amount as
 * nothing paid; the portal must show neither.
 */
export const schemaViolation: Scenario = {
  summary: 'Invoices answer 200 with totals as strings ("12.00") and an amount_paid missing.',
  handlers: () => [
    untypedHttp.get(`${API_PREFIX}/invoices`, ({ request }) => {
      const { data, meta } = invoiceListFor(request)
      const broken = {
        data: data.map(({ amount_paid: amountPaid, ...invoice }, i) => ({
          ...invoice,
          total: asDecimalString(invoice.total),
          ...(i === 0 ? {} : { amount_paid: amountPaid }),
        })),
        meta: {
          ...meta,
          totals_by_currency: meta.totals_by_currency?.map((t) => ({
            ...t,
            total: asDecimalString(t.total),
            outstanding: asDecimalString(t.outstanding),
          })),
        },
      }
      return HttpResponse.json(broken, { headers: violationHeaders('schema-violation') })
    }),
    untypedHttp.get(`${API_PREFIX}/invoices/:invoiceId`, ({ request, params }) => {
      const invoice = toInvoiceDetail(findVisibleInvoice(authenticate(request), String(params.invoiceId)))
      const [first, ...rest] = invoice.line_items
      const broken = {
        ...invoice,
        total: asDecimalString(invoice.total),
        line_items: first ? [{ ...first, amount: asDecimalString(first.amount) }, ...rest] : [],
      }
      return HttpResponse.json(broken, { headers: violationHeaders('schema-violation') })
    }),
  ],
}
