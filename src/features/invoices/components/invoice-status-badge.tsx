import { Badge, type BadgeTone } from '@/components/ui/badge'
import type { InvoiceStatus } from '@/lib/api/types'

const STATUS: Record<InvoiceStatus, { tone: BadgeTone; label: string }> = {
  sent: { tone: 'info', label: 'Sent' },
  overdue: { tone: 'danger', label: 'Overdue' },
  paid: { tone: 'success', label: 'Paid' },
  void: { tone: 'neutral', label: 'Void' },
  draft: { tone: 'neutral', label: 'Draft' },
}

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { tone, label } = STATUS[status]
  return <Badge tone={tone}>{label}</Badge>
}
