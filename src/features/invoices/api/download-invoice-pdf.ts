import { apiClient } from '@/lib/api/client'
import type { Invoice } from '@/lib/api/types'
import { unwrap } from '@/lib/api/unwrap'
import { saveBlob } from '../utils/save-blob'

/** The invoice's PDF as the API renders it; through apiClient, so it carries the session's token. */
export function fetchInvoicePdf(invoiceId: string): Promise<Blob> {
  return unwrap(
    apiClient.GET('/invoices/{invoice_id}/pdf', {
      params: { path: { invoice_id: invoiceId } },
      parseAs: 'blob',
    }),
  )
}

/**
 * Fetches and saves the PDF as `<number>.pdf`. A plain link to the PDF cannot work: the API needs the
 * bearer token, which only apiClient's middleware adds.
 */
export async function downloadInvoicePdf(invoice: Pick<Invoice, 'id' | 'number'>): Promise<void> {
  const pdf = await fetchInvoicePdf(invoice.id)
  saveBlob(pdf, `${invoice.number}.pdf`)
}
