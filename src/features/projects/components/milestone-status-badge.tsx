import { Badge, type BadgeTone } from '@/components/ui/badge'
import type { Milestone } from '@/lib/api/types'

const STATUS: Record<Milestone['status'], { tone: BadgeTone; label: string }> = {
  pending: { tone: 'neutral', label: 'Not started' },
  in_progress: { tone: 'info', label: 'In progress' },
  completed: { tone: 'success', label: 'Completed' },
}

export function MilestoneStatusBadge({ status }: { status: Milestone['status'] }) {
  const { tone, label } = STATUS[status]
  return <Badge tone={tone}>{label}</Badge>
}
