import { msg } from '@lingui/core/macro'
import { StatusBadge, statusLooks } from '@/components/ui/status-badge'
import type { Milestone } from '@/lib/api/types'

const LOOKS = statusLooks<Milestone['status']>({
  pending: { tone: 'neutral', label: msg`Not started` },
  in_progress: { tone: 'info', label: msg`In progress` },
  completed: { tone: 'success', label: msg`Completed` },
})

/** Typed as the contract's statuses, but any string the API sends is shown (unknown ones neutrally). */
export function MilestoneStatusBadge({ status }: { status: Milestone['status'] }) {
  return <StatusBadge status={status} looks={LOOKS} />
}
