import { ProgressBar } from '@/components/ui/progress-bar'
import { projectTasks } from '../utils/project-figures'

/** Never "100%" before the last task is done, nor "0%" once one is: the figure must not overstate. */
function percentDone(completed: number, total: number): number {
  const percent = Math.round((completed / total) * 100)
  if (completed > 0 && completed < total) return Math.min(99, Math.max(1, percent))
  return percent
}

/**
 * Progress as completed of total tasks; clients see the figure, never the tasks themselves. Counts
 * that cannot be (a negative total, more done than there are) show as unavailable, never "-200%".
 */
export function ProjectProgress({ completed: sentCompleted, total: sentTotal, label }: { completed: number; total: number; label: string }) {
  const tasks = projectTasks({ completed_task_count: sentCompleted, task_count: sentTotal })
  if (tasks === null) return <span className="muted">Progress unavailable</span>
  const { completed, total } = tasks
  if (total === 0) return <span className="muted">No tasks yet</span>
  const text = `${completed} of ${total} ${total === 1 ? 'task' : 'tasks'} (${percentDone(completed, total)}%)`
  return <ProgressBar value={completed} max={total} label={label} valueText={text} />
}
