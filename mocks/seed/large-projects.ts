import { SEED } from './ids'
import type { ProjectSpec } from './project-spec'

/** The large client's projects: one per edge case the portal must render (see SEED.projects), dates drawn at random. */
export const LARGE_PROJECTS: readonly ProjectSpec[] = [
  {
    id: SEED.projects.largeWebsite,
    name: 'Corporate website relaunch',
    status: 'in_progress',
    teamLeadId: SEED.team.maya,
    description: 'Redesign and rebuild of the group website in three languages.',
  },
  {
    id: SEED.projects.largeHostile,
    name: 'Landing page <img src=x onerror=alert(1)>',
    status: 'review',
    teamLeadId: SEED.team.jonas,
    description: 'Campaign landing page. <script>alert("description")</script>',
    milestones: ['Wireframes', 'Copy sign-off <img src=x onerror=alert(1)>', 'Go live'],
  },
  {
    id: SEED.projects.largeEmoji,
    name: '🚀 Product launch campaign 🎉',
    status: 'in_progress',
    teamLeadId: SEED.team.priya,
    description: 'Launch assets for the new headphones line 🎧.',
  },
  {
    id: SEED.projects.largeRtl,
    name: 'אתר תדמית חדש — Hebrew brand site',
    status: 'planning',
    teamLeadId: SEED.team.omar,
    description: 'אתר תדמית למשרד בתל אביב.',
  },
  {
    id: SEED.projects.largeLongName,
    name: 'Enterprise resource planning integration, legacy data migration and staff training programme — phase two',
    status: 'completed',
    teamLeadId: SEED.team.priya,
    description: 'Phase two of the ERP roll-out across the European warehouses.',
  },
  {
    id: SEED.projects.largeNoBudget,
    name: 'Quarterly SEO audit',
    status: 'completed',
    teamLeadId: SEED.team.maya,
    budget: null,
    description: null,
  },
  {
    id: SEED.projects.largeUnscheduled,
    name: 'Mobile app MVP',
    status: 'planning',
    teamLeadId: null,
    schedule: 'unscheduled',
    description: 'Scope still being agreed; no team lead assigned yet.',
  },
  {
    id: SEED.projects.largeOpenEnded,
    name: 'Social media retainer',
    status: 'in_progress',
    teamLeadId: SEED.team.jonas,
    schedule: 'open-ended',
    description: 'Ongoing monthly content and community management.',
  },
  {
    id: SEED.projects.largeReport,
    name: 'Annual report design',
    status: 'completed',
    teamLeadId: SEED.team.jonas,
    description: 'Print and interactive editions of the annual report.',
  },
  {
    id: SEED.projects.largeResearch,
    name: 'Customer portal UX research',
    status: 'review',
    teamLeadId: SEED.team.omar,
    description: 'Interviews and usability tests with twelve distributors.',
  },
]
