import { StatusBadge, statusLooks } from '@/components/ui/status-badge'
import type { ProjectStatus } from '@/lib/api/types'

const LOOKS = statusLooks<ProjectStatus>({
  planning: { tone: 'neutral', label: 'Planning' },
  in_progress: { tone: 'info', label: 'In progress' },
  review: { tone: 'warning', label: 'In review' },
  completed: { tone: 'success', label: 'Completed' },
})

/** Typed as the contract's statuses, but any string the API sends is shown (unknown ones neutrally). */
export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  return <StatusBadge status={status} looks={LOOKS} />
}
