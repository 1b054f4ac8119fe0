import { StatusBadge, statusLooks } from '@/components/ui/status-badge'
import type { InvoiceStatus } from '@/lib/api/types'

const LOOKS = statusLooks<InvoiceStatus>({
  sent: { tone: 'info', label: 'Sent' },
  overdue: { tone: 'danger', label: 'Overdue' },
  paid: { tone: 'success', label: 'Paid' },
  void: { tone: 'neutral', label: 'Void' },
  draft: { tone: 'neutral', label: 'Draft' },
})

/** Typed as the contract's statuses, but any string the API sends is shown (unknown ones neutrally). */
export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <StatusBadge status={status} looks={LOOKS} />
}
