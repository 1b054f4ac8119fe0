import { apiClient } from '@/lib/api/client'
import { checkInvoiceDetail } from '@/lib/api/money-guards'
import { retrying } from '@/lib/api/retrying'
import { unwrap } from '@/lib/api/unwrap'

/**
 * An invoice's `paid_at`, which only its detail carries. Asked for directly rather than through the
 * detail query: a statement may need thousands, and thousands of cache entries (each notifying every
 * cache subscriber) would cost more than the requests themselves. Each is tried again on its own, as a
 * query would be, so one turned away by a rate limit does not fail the thousands around it.
 */
export async function fetchPaidAt(invoiceId: string, signal: AbortSignal): Promise<string | null> {
  const detail = await retrying(
    () => unwrap(apiClient.GET('/invoices/{invoice_id}', { params: { path: { invoice_id: invoiceId } }, signal }), checkInvoiceDetail),
    signal,
  )
  return detail.paid_at
}
