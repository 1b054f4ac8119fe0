import type { DbTeamMember, DbWorkspace } from '../db-types'
import { SEED } from './ids'

export function workspace(): DbWorkspace {
  return {
    id: SEED.workspaceId,
    name: 'Brightside Creative',
    logo_url: `https://assets.nextoriahub.com/workspaces/${SEED.workspaceId}/logo.svg`,
    // Light on purpose: white text on it fails contrast, which the portal's theming must correct.
    brand_color: '#f4b400',
    default_currency: 'USD',
    timezone: 'America/New_York',
  }
}

export function team(): DbTeamMember[] {
  return [
    { id: SEED.team.maya, name: 'Maya Lindqvist' },
    { id: SEED.team.jonas, name: 'Jonas Becker' },
    { id: SEED.team.priya, name: 'Priya Raman' },
    { id: SEED.team.omar, name: 'Omar Farouk' },
  ]
}
