import { msg } from '@lingui/core/macro'
import { StatusBadge, statusLooks } from '@/components/ui/status-badge'
import type { ProjectStatus } from '@/lib/api/types'

const LOOKS = statusLooks<ProjectStatus>({
  planning: { tone: 'neutral', label: msg`Planning` },
  in_progress: { tone: 'info', label: msg`In progress` },
  review: { tone: 'warning', label: msg`In review` },
  completed: { tone: 'success', label: msg`Completed` },
})

/** Typed as the contract's statuses, but any string the API sends is shown (unknown ones neutrally). */
export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  return <StatusBadge status={status} looks={LOOKS} />
}
