import { plural } from '@lingui/core/macro'
import { Trans } from '@lingui/react/macro'
import { ProgressBar } from '@/components/ui/progress-bar'
import { displayLocale } from '@/lib/format/display-locale'
import { percentDone, projectTasks } from '../utils/project-figures'

/**
 * Progress as completed of total tasks; clients see the figure, never the tasks themselves. Counts
 * that cannot be (a negative total, more done than there are) show as unavailable, never "-200%".
 */
export function ProjectProgress({ completed: sentCompleted, total: sentTotal, label }: { completed: number; total: number; label: string }) {
  const tasks = projectTasks({ completed_task_count: sentCompleted, task_count: sentTotal })
  if (tasks === null) {
    return (
      <span className="muted">
        <Trans>Progress unavailable</Trans>
      </span>
    )
  }
  const { total } = tasks
  if (total === 0) {
    return (
      <span className="muted">
        <Trans>No tasks yet</Trans>
      </span>
    )
  }
  const locale = displayLocale()
  const completed = new Intl.NumberFormat(locale).format(tasks.completed)
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percentDone(tasks) / 100)
  const text = plural(total, { one: `${completed} of # task (${percent})`, other: `${completed} of # tasks (${percent})` })
  return <ProgressBar value={tasks.completed} max={total} label={label} valueText={text} />
}
