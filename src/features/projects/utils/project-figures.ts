import type { Project } from '@/lib/api/types'

/*
 * Project figures come unguarded from the API (no response check stands between the project queries
 * and the screen), so each is checked where it is shown, per field: a project whose budget fails shows
 * "Budget unavailable" and its progress still, and one bad project never blanks the projects page.
 */

/** Whole minor units a double holds exactly, and not below zero: the same rule as invoice amounts. */
const isMinorUnits = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/** A count of tasks: a non-negative whole number. */
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

export type ProjectMoney = { budget: number | null; spent: number }

/** Budget (null: none fixed) and what is spent, or null when either is not a figure that can be right. */
export function projectMoney(project: Pick<Project, 'budget' | 'budget_spent'>): ProjectMoney | null {
  const { budget, budget_spent: spent } = project
  if (!isMinorUnits(spent) || (budget !== null && !isMinorUnits(budget))) return null
  return { budget, spent }
}

export type ProjectTasks = { completed: number; total: number }

/** Completed of total tasks, or null when the counts cannot be (negative, fractional, more done than there are). */
export function projectTasks(project: Pick<Project, 'completed_task_count' | 'task_count'>): ProjectTasks | null {
  const { completed_task_count: completed, task_count: total } = project
  if (!isCount(completed) || !isCount(total) || completed > total) return null
  return { completed, total }
}

/** Never "100%" before the last task is done, nor "0%" once one is: the figure must not overstate. */
export function percentDone({ completed, total }: ProjectTasks): number {
  const percent = Math.round((completed / total) * 100)
  if (completed > 0 && completed < total) return Math.min(99, Math.max(1, percent))
  return percent
}
