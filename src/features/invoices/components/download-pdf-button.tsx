import { useMutation } from '@tanstack/react-query'
import type { Invoice } from '@/lib/api/types'
import { downloadInvoicePdf } from '../api/download-invoice-pdf'
import './invoices.css'

/** Fetches the PDF through the API (it needs the session's token) and saves it as `<number>.pdf`. */
export function DownloadPdfButton({ invoice }: { invoice: Pick<Invoice, 'id' | 'number'> }) {
  const download = useMutation({ mutationFn: () => downloadInvoicePdf(invoice) })
  const busy = download.isPending
  const start = () => {
    if (!busy) download.mutate()
  }
  return (
    <div className="pdf-download">
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus while the PDF is prepared. */}
      <button type="button" className="button-quiet" aria-disabled={busy || undefined} onClick={start}>
        {busy ? 'Preparing PDF…' : 'Download PDF'}
      </button>
      <p role="status" className="visually-hidden">
        {busy ? 'Preparing PDF…' : download.isSuccess ? 'PDF downloaded.' : ''}
      </p>
      {download.isError && (
        <p role="alert" className="field-error">
          The PDF could not be prepared.{' '}
          <button type="button" className="button-quiet" onClick={start}>
            Try again
          </button>
        </p>
      )}
    </div>
  )
}
