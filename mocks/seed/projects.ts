import type { DbMilestone, DbProject } from '../db-types'
import { daysAgo, timestamp } from './dates'
import { buildMilestones } from './milestones'
import type { ProjectSpec, ProjectStatus } from './project-spec'
import { rngFor, type Rng } from './random'
import { projectSchedule } from './schedule'

/** Each project draws from its own random stream, so adding or editing one leaves the others unchanged. */
export function buildProjects(
  today: string,
  clientId: string,
  specs: readonly ProjectSpec[],
): { projects: DbProject[]; milestones: DbMilestone[] } {
  const built = specs.map((spec) => buildProject(today, clientId, spec, rngFor(`project/${spec.id}`)))
  return { projects: built.map((b) => b.project), milestones: built.flatMap((b) => b.milestones) }
}

function buildProject(
  today: string,
  clientId: string,
  spec: ProjectSpec,
  rng: Rng,
): { project: DbProject; milestones: DbMilestone[] } {
  const schedule = projectSchedule(spec, rng)
  const budget = spec.budget === undefined ? rng.int(50, 800) * 10_000 : spec.budget
  const taskCount = rng.int(8, 60)
  const minute = rng.int(0, 59)
  const project: DbProject = {
    id: spec.id,
    name: spec.name,
    description: spec.description,
    status: spec.status,
    client_id: clientId,
    team_lead_id: spec.teamLeadId,
    invited: spec.invited ?? true,
    start_date: schedule.startAgo === null ? null : daysAgo(today, schedule.startAgo),
    end_date: schedule.endAgo === null ? null : daysAgo(today, schedule.endAgo),
    budget,
    budget_spent: budgetSpent(spec.status, budget, rng),
    task_count: taskCount,
    completed_task_count: completedTasks(spec.status, taskCount, rng),
    created_at: timestamp(daysAgo(today, schedule.createdAgo), 9, minute),
    updated_at: timestamp(daysAgo(today, schedule.updatedAgo), 17, minute),
  }
  return { project, milestones: buildMilestones(today, spec, schedule, rng) }
}

/** Share of the budget spent, by status; a finished project may overrun a little (never past 1.2×). */
const SPENT_SHARE: Record<ProjectStatus, readonly [number, number]> = {
  planning: [0, 0.05],
  in_progress: [0.2, 0.8],
  review: [0.6, 1.05],
  completed: [0.85, 1.15],
}

function budgetSpent(status: ProjectStatus, budget: number | null, rng: Rng): number {
  if (budget === null) return rng.int(10, 200) * 10_000
  const [low, high] = SPENT_SHARE[status]
  return Math.round(budget * rng.float(low, high))
}

function completedTasks(status: ProjectStatus, taskCount: number, rng: Rng): number {
  switch (status) {
    case 'completed':
      return taskCount
    case 'review':
      return Math.round(taskCount * rng.float(0.85, 1))
    case 'in_progress':
      return Math.round(taskCount * rng.float(0.2, 0.8))
    case 'planning':
      return rng.int(0, 2)
  }
}

