import type { components } from '../../src/lib/api/schema'
import type { DbMilestone } from '../db-types'
import { daysAgo, timestamp } from './dates'
import type { ProjectSpec, ProjectStatus } from './project-spec'
import type { Rng } from './random'
import type { Schedule } from './schedule'

type MilestoneStatus = components['schemas']['MilestoneStatus']

const GENERIC_MILESTONES = [
  'Kick-off',
  'Discovery and research',
  'Wireframes',
  'Visual design',
  'Build',
  'Testing and QA',
  'Launch',
] as const

export function buildMilestones(today: string, spec: ProjectSpec, schedule: Schedule, rng: Rng): DbMilestone[] {
  const names = spec.milestones ?? rng.sample(GENERIC_MILESTONES, rng.int(2, 6))
  const done = milestonesDone(spec.status, names.length, rng)
  const idStem = spec.id.replace(/^proj_/, '')
  return names.map((name, index) => {
    const status = milestoneStatus(spec.status, index, done)
    const dueAgo = milestoneDueAgo(schedule, index, names.length)
    // A few pending milestones have no date yet; finished ones always keep theirs.
    const undated = dueAgo === null || (status === 'pending' && rng.chance(0.15))
    const completedAgo = Math.max(1, (dueAgo ?? 1) + rng.int(-2, 3))
    return {
      id: `ms_${idStem}_${index + 1}`,
      project_id: spec.id,
      name,
      status,
      due_date: undated ? null : daysAgo(today, dueAgo),
      completed_at: status === 'completed' ? timestamp(daysAgo(today, completedAgo), 16, rng.int(0, 59)) : null,
    }
  })
}

function milestonesDone(status: ProjectStatus, count: number, rng: Rng): number {
  switch (status) {
    case 'completed':
      return count
    case 'review':
      return count - 1
    case 'in_progress':
      return rng.int(1, count - 1)
    case 'planning':
      return 0
  }
}

function milestoneStatus(projectStatus: ProjectStatus, index: number, done: number): MilestoneStatus {
  if (index < done) return 'completed'
  if (index === done && projectStatus !== 'planning') return 'in_progress'
  return 'pending'
}

/** Milestones spread evenly over the project; open-ended ones fall a month apart. */
function milestoneDueAgo(schedule: Schedule, index: number, count: number): number | null {
  const { startAgo, endAgo } = schedule
  if (startAgo === null) return null
  if (endAgo === null) return startAgo - (index + 1) * 30
  return startAgo - Math.round(((index + 1) / count) * (startAgo - endAgo))
}
