import { Badge, type BadgeTone } from '@/components/ui/badge'
import type { ProjectStatus } from '@/lib/api/types'

const STATUS: Record<ProjectStatus, { tone: BadgeTone; label: string }> = {
  planning: { tone: 'neutral', label: 'Planning' },
  in_progress: { tone: 'info', label: 'In progress' },
  review: { tone: 'warning', label: 'In review' },
  completed: { tone: 'success', label: 'Completed' },
}

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { tone, label } = STATUS[status]
  return <Badge tone={tone}>{label}</Badge>
}
