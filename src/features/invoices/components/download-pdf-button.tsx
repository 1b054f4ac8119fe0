import { ActionButton } from '@/components/ui/action-button'
import type { Invoice } from '@/lib/api/types'
import { downloadInvoicePdf } from '../api/download-invoice-pdf'

/** Fetches the PDF through the API (it needs the session's token) and saves it as `<number>.pdf`. */
export function DownloadPdfButton({ invoice }: { invoice: Pick<Invoice, 'id' | 'number'> }) {
  return (
    <ActionButton
      run={() => downloadInvoicePdf(invoice)}
      label="Download PDF"
      busyText="Preparing PDF…"
      doneText={() => 'PDF downloaded.'}
      errorText="The PDF could not be prepared."
    />
  )
}
