import { Trans, useLingui } from '@lingui/react/macro'
import { ApiIdentifier } from '@/components/ui/api-identifier'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { formatMoney, isUsableCurrency } from '@/lib/format/money'
import { invoiceQueries } from '../api/invoice-queries'
import { useRefreshAfterPayment } from '../api/use-refresh-after-payment'
import { amountDue, isPayable, safePaymentUrl } from '../utils/invoice-amounts'
import { shownToClient } from '../utils/invoice-status'
import { DownloadPdfButton } from './download-pdf-button'
import { InvoiceCalendarButton } from './invoice-calendar-button'
import { InvoiceFacts } from './invoice-facts'
import { InvoiceLineItems } from './invoice-line-items'
import { InvoiceNotFound } from './invoice-not-found'
import { InvoiceNotes } from './invoice-notes'
import { InvoiceSums } from './invoice-sums'
import { InvoiceStatusBadge } from './invoice-status-badge'
import { PayInvoiceLink } from './pay-invoice-link'
import './invoices.css'

type Props = {
  invoiceId: string
  /** Who the invoice is for, printed under its number (the screen has it in the header already). */
  billedTo?: string
}

/** One invoice: what it is for, what is left to pay and how, and its PDF. */
export function InvoiceDetail({ invoiceId, billedTo }: Props) {
  const { t } = useLingui()
  const { data: invoice } = usePrefetchedQuery(invoiceQueries.detail(invoiceId))
  const { startWatching, paymentStarted } = useRefreshAfterPayment()
  const payable = isPayable(invoice) && amountDue(invoice) > 0
  // Never ask for a payment whose amount cannot be stated: a currency like `US$` shows no figure.
  const paymentUrl = payable && isUsableCurrency(invoice.currency) ? safePaymentUrl(invoice.payment_url) : null
  // An API may answer a draft by its id as its lists may; to a client it does not exist yet.
  if (!shownToClient(invoice)) return <InvoiceNotFound />

  return (
    <>
      <div className="invoice-detail-header">
        <h1>
          <Trans>
            Invoice <ApiIdentifier value={invoice.number} />
          </Trans>
        </h1>
        <InvoiceStatusBadge status={invoice.status} />
      </div>
      {billedTo && (
        <p className="print-only invoice-billed-to">
          <Trans>
            Billed to{' '}
            <strong>
              <bdi>{billedTo}</bdi>
            </strong>
          </Trans>
        </p>
      )}
      <p role="status" className="payment-received">
        {paymentStarted && invoice.status === 'paid' ? t`Payment received. Thank you!` : ''}
      </p>
      <div className="invoice-actions">
        {paymentUrl && (
          <PayInvoiceLink
            href={paymentUrl}
            amount={formatMoney(amountDue(invoice), invoice.currency)}
            onOpen={startWatching}
          />
        )}
        {payable && !paymentUrl && (
          <p>
            <Trans>Online payment is not available for this invoice. Please contact us to arrange payment.</Trans>
          </p>
        )}
        <DownloadPdfButton invoice={invoice} />
        <InvoiceCalendarButton invoice={invoice} />
      </div>
      <InvoiceFacts invoice={invoice} />
      <InvoiceLineItems invoice={invoice} />
      <InvoiceSums invoice={invoice} />
      <InvoiceNotes notes={invoice.notes} />
    </>
  )
}
