import type { DbLineItem } from '../db-types'
import { SEED } from './ids'
import { item, type InvoicePlan, type InvoiceStatus } from './invoices'
import type { ProjectSpec } from './project-spec'

// The client without portal access: data that must never reach a portal user, so isolation can be tested.

export const NO_PORTAL_PROJECTS: readonly ProjectSpec[] = [
  {
    id: SEED.projects.noPortal,
    name: 'Trade show booth graphics',
    status: 'in_progress',
    teamLeadId: SEED.team.maya,
    invited: false,
    dates: { startAgo: 100, endAgo: -80 },
    description: 'Booth panels and handouts for the spring outdoor expo.',
  },
]

export const NO_PORTAL_INVOICES: readonly InvoicePlan[] = [
  noPortal('inv_np_01', SEED.projects.noPortal, 'paid', 90, 30, [item('Booth concept', 1, 350_000)], 21),
  noPortal('inv_np_02', null, 'overdue', 40, 14, [item('Printed handouts', 500, 120)]),
  noPortal('inv_np_03', SEED.projects.noPortal, 'sent', 10, 30, [item('Booth panels — production', 6, 42_000)]),
]

function noPortal(
  id: string,
  projectId: string | null,
  status: InvoiceStatus,
  issuedAgo: number,
  termsDays: 14 | 30,
  lineItems: DbLineItem[],
  paidAfterDays?: number,
): InvoicePlan {
  return {
    id,
    clientId: SEED.clients.noPortal,
    projectId,
    currency: 'CAD',
    status,
    issuedAgo,
    termsDays,
    lineItems,
    taxRate: 0.05,
    notes: null,
    paidAfterDays,
    minute: 40,
  }
}
