import { useLingui } from '@lingui/react/macro'
import { ActionButton } from '@/components/ui/action-button'
import type { Invoice } from '@/lib/api/types'
import { downloadInvoicePdf } from '../api/download-invoice-pdf'

/** Fetches the PDF through the API (it needs the session's token) and saves it as `<number>.pdf`. */
export function DownloadPdfButton({ invoice }: { invoice: Pick<Invoice, 'id' | 'number'> }) {
  const { t } = useLingui()
  return (
    <ActionButton
      run={() => downloadInvoicePdf(invoice)}
      label={t`Download PDF`}
      busyText={t`Preparing PDF…`}
      doneText={() => t`PDF downloaded.`}
      errorText={t`The PDF could not be prepared.`}
    />
  )
}
