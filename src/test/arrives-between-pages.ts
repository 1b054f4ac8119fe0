import { http as untypedHttp } from 'msw'
import { db } from '../../mocks/db'
import type { DbInvoice } from '../../mocks/db-types'
import { server } from '../../mocks/node'

/*
 * Cursor pages overlap when a row arrives between two requests: the list is newest first, so the new
 * invoice pushes every row down one, and the second page starts with the first page's last row. This
 * makes that happen through the fake's own handlers: on the first request that carries a cursor
 * (and asks for `status`, if given) one new invoice, issued after all others, is added just before
 * the fake answers. The portal never sees the new one on later pages; it must not count the pushed
 * row twice.
 */
export function invoiceArrivesBetweenPages(like: DbInvoice, status?: DbInvoice['status']): void {
  let arrived = false
  server.use(
    untypedHttp.get('*/v1/invoices', ({ request }) => {
      const query = new URL(request.url).searchParams
      if (arrived || !query.has('cursor') || (status && query.get('status') !== status)) return undefined
      arrived = true
      db.invoices.push({
        ...structuredClone(like),
        id: 'inv_arrived_between_pages',
        number: 'INV-ARRIVED',
        issue_date: '2099-01-01',
        ...(status && { status }),
      })
      // Nothing returned: the fake's own handler answers, from the changed table.
      return undefined
    }),
  )
}
