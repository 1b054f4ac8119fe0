import { apiClient } from '@/lib/api/client'
import { unwrap } from '@/lib/api/unwrap'

/** One invoice's PDF through apiClient (it carries the session's token), cancellable. */
export function fetchPdf(invoiceId: string, signal: AbortSignal): Promise<Blob> {
  return unwrap(
    apiClient.GET('/invoices/{invoice_id}/pdf', {
      params: { path: { invoice_id: invoiceId } },
      parseAs: 'blob',
      signal,
    }),
  )
}
