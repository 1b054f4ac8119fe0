import { apiClient } from '@/lib/api/client'
import { checkInvoiceDetail } from '@/lib/api/money-guards'
import { unwrap } from '@/lib/api/unwrap'

/**
 * An invoice's `paid_at`, which only its detail carries. Asked for directly rather than through the
 * detail query: a statement may need thousands, and thousands of cache entries (each notifying every
 * cache subscriber) would cost more than the requests themselves.
 */
export async function fetchPaidAt(invoiceId: string, signal: AbortSignal): Promise<string | null> {
  const detail = await unwrap(
    apiClient.GET('/invoices/{invoice_id}', { params: { path: { invoice_id: invoiceId } }, signal }),
    checkInvoiceDetail,
  )
  return detail.paid_at
}
