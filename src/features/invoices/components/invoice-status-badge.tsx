import { msg } from '@lingui/core/macro'
import { StatusBadge, statusLooks } from '@/components/ui/status-badge'
import type { InvoiceStatus } from '@/lib/api/types'

const LOOKS = statusLooks<InvoiceStatus>({
  sent: { tone: 'info', label: msg`Sent` },
  overdue: { tone: 'danger', label: msg`Overdue` },
  paid: { tone: 'success', label: msg`Paid` },
  void: { tone: 'neutral', label: msg`Void` },
  draft: { tone: 'neutral', label: msg`Draft` },
})

/** Typed as the contract's statuses, but any string the API sends is shown (unknown ones neutrally). */
export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <StatusBadge status={status} looks={LOOKS} />
}
