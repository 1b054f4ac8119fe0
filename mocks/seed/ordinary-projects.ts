import { SEED } from './ids'
import type { ProjectSpec } from './project-spec'

// The ordinary client's projects have fixed dates: its hand-written invoices must fall inside them.

export const ORDINARY_PROJECTS: readonly ProjectSpec[] = [
  {
    id: SEED.projects.ordinaryCompleted,
    name: 'Brand identity refresh',
    status: 'completed',
    teamLeadId: SEED.team.maya,
    dates: { startAgo: 360, endAgo: 230 },
    description: 'New logo, colour palette and brand guidelines for the roastery and cafés.',
  },
  {
    id: SEED.projects.ordinaryInProgress,
    name: 'Online store build',
    status: 'in_progress',
    teamLeadId: SEED.team.priya,
    dates: { startAgo: 210, endAgo: -60 },
    description: 'A storefront for beans and subscriptions, with local pickup.',
  },
  {
    id: SEED.projects.ordinaryReview,
    name: 'Holiday packaging design',
    status: 'review',
    teamLeadId: SEED.team.jonas,
    dates: { startAgo: 120, endAgo: -7 },
    description: null,
  },
  {
    id: SEED.projects.ordinaryUninvited,
    name: 'Wholesale catalogue photography',
    status: 'planning',
    teamLeadId: SEED.team.omar,
    invited: false,
    dates: { startAgo: -20, endAgo: -80 },
    description: 'Internal until the quote is agreed; not yet shared with the client.',
  },
]
