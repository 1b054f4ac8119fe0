import type { ProjectSpec, ProjectStatus } from './project-spec'
import type { Rng } from './random'

/** A project's dates in days ago; null where the spec leaves the date unset. */
export type Schedule = { startAgo: number | null; endAgo: number | null; createdAgo: number; updatedAgo: number }

export function projectSchedule(spec: ProjectSpec, rng: Rng): Schedule {
  const { startAgo, endAgo } = spec.dates ?? scheduleFor(spec.status, rng)
  const mode = spec.schedule ?? 'dated'
  const createdAgo = mode === 'unscheduled' ? rng.int(10, 60) : Math.max(startAgo, 0) + rng.int(5, 30)
  const updatedAgo =
    spec.status === 'completed' && mode !== 'unscheduled'
      ? Math.max(1, endAgo - rng.int(0, 3))
      : rng.int(1, Math.min(14, createdAgo))
  return {
    startAgo: mode === 'unscheduled' ? null : startAgo,
    endAgo: mode === 'dated' ? endAgo : null,
    createdAgo,
    updatedAgo,
  }
}

/** Start and end, in days ago, that fit the status: completed work lies in the past, planned work ahead. */
function scheduleFor(status: ProjectStatus, rng: Rng): { startAgo: number; endAgo: number } {
  switch (status) {
    case 'completed': {
      const startAgo = rng.int(200, 520)
      return { startAgo, endAgo: Math.max(5, startAgo - rng.int(60, 150)) }
    }
    case 'review':
      return { startAgo: rng.int(90, 240), endAgo: -rng.int(5, 30) }
    case 'in_progress':
      return { startAgo: rng.int(20, 200), endAgo: -rng.int(20, 150) }
    case 'planning': {
      const startAgo = -rng.int(5, 45)
      return { startAgo, endAgo: startAgo - rng.int(60, 150) }
    }
  }
}
