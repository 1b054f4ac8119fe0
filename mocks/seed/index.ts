import type { SeedData, SeedOptions } from '../db-types'
import { clients, users } from './clients'
import { assertCalendarDate } from './dates'
import { SEED } from './ids'
import { buildInvoice, numberInvoices } from './invoices'
import { largeInvoicePlans } from './large-invoices'
import { LARGE_PROJECTS } from './large-projects'
import { NO_PORTAL_INVOICES, NO_PORTAL_PROJECTS } from './no-portal'
import { ORDINARY_INVOICES } from './ordinary-invoices'
import { ORDINARY_PROJECTS } from './ordinary-projects'
import { buildProjects } from './projects'
import { team, workspace } from './workspace'

export { SEED }

// Defined with the rows in db-types.ts; re-exported beside createSeed for the servers that take it.
export type { SeedOptions }

const DEFAULT_LARGE_INVOICE_COUNT = 320

/** The fake API's business data, the same for the same options. */
export function createSeed(options: SeedOptions = {}): SeedData {
  const today = options.today ?? new Date().toISOString().slice(0, 10)
  assertCalendarDate(today)
  const largeInvoiceCount = options.largeInvoiceCount ?? DEFAULT_LARGE_INVOICE_COUNT
  if (!Number.isInteger(largeInvoiceCount) || largeInvoiceCount < 0) {
    throw new Error(`largeInvoiceCount must be a non-negative integer, got ${largeInvoiceCount}`)
  }

  const ordinaryWork = buildProjects(today, SEED.clients.ordinary, ORDINARY_PROJECTS)
  const largeWork = buildProjects(today, SEED.clients.large, LARGE_PROJECTS)
  const noPortalWork = buildProjects(today, SEED.clients.noPortal, NO_PORTAL_PROJECTS)
  const built = [ordinaryWork, largeWork, noPortalWork]
  const invoicePlans = [
    ...ORDINARY_INVOICES,
    ...largeInvoicePlans(today, largeInvoiceCount, largeWork.projects),
    ...NO_PORTAL_INVOICES,
  ]

  return {
    workspace: workspace(),
    team: team(),
    clients: clients(today),
    users: users(),
    projects: built.flatMap((group) => group.projects),
    milestones: built.flatMap((group) => group.milestones),
    invoices: numberInvoices(invoicePlans.map((plan) => buildInvoice(today, plan))),
  }
}
