import { ProgressBar } from '@/components/ui/progress-bar'
import { percentDone, projectTasks } from '../utils/project-figures'

/**
 * Progress as completed of total tasks; clients see the figure, never the tasks themselves. Counts
 * that cannot be (a negative total, more done than there are) show as unavailable, never "-200%".
 */
export function ProjectProgress({ completed: sentCompleted, total: sentTotal, label }: { completed: number; total: number; label: string }) {
  const tasks = projectTasks({ completed_task_count: sentCompleted, task_count: sentTotal })
  if (tasks === null) return <span className="muted">Progress unavailable</span>
  const { completed, total } = tasks
  if (total === 0) return <span className="muted">No tasks yet</span>
  const text = `${completed} of ${total} ${total === 1 ? 'task' : 'tasks'} (${percentDone(tasks)}%)`
  return <ProgressBar value={completed} max={total} label={label} valueText={text} />
}
