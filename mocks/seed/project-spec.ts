import type { components } from '../../src/lib/api/schema'

export type ProjectStatus = components['schemas']['ProjectStatus']

/** A project as the seed describes it: what must hold for the tests; anything left out is drawn at random. */
export type ProjectSpec = {
  id: string
  name: string
  status: ProjectStatus
  teamLeadId: string | null
  /** Default true. */
  invited?: boolean
  /** Default: a random budget; null means none was set. */
  budget?: number | null
  /** Default 'dated' (start and end); 'open-ended' has no end; 'unscheduled' has neither. */
  schedule?: 'dated' | 'open-ended' | 'unscheduled'
  /** Default: random dates that fit the status. Fixed where hand-written invoices must fall inside the project. */
  dates?: { startAgo: number; endAgo: number }
  description: string | null
  /** Default: 2–6 generic milestones. */
  milestones?: readonly string[]
}
