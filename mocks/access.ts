import type { Principal } from './auth'
import { notFound } from './api-error'
import { apiFlavour } from './api-flavour'
import { db } from './db'
import type { DbInvoice, DbProject } from './db-types'

/*
 * What a portal client may see, in one place: its invited projects, and its own invoices that are not
 * drafts and not tied to a project it was not invited to. Foreign ids answer 404, not 403, so that
 * a client cannot learn that another client's invoice exists.
 */
export function visibleProjects({ client }: Principal): DbProject[] {
  return db.projects.filter((p) => p.client_id === client.id && p.invited)
}

/** The client's own invoices that are on no project or on one it was invited to, drafts included. */
function ownInvoices(principal: Principal): DbInvoice[] {
  const invitedProjectIds = new Set(visibleProjects(principal).map((p) => p.id))
  return db.invoices.filter(
    (inv) => inv.client_id === principal.client.id && (inv.project_id === null || invitedProjectIds.has(inv.project_id)),
  )
}

export function visibleInvoices(principal: Principal): DbInvoice[] {
  return ownInvoices(principal).filter((inv) => inv.status !== 'draft')
}

/**
 * What a list answers a client: its visible invoices and, as the docs' client-portal page lists Draft
 * among the Billing statuses, its drafts too, unless the portal's extensions are on.
 */
export function listedInvoices(principal: Principal): DbInvoice[] {
  return apiFlavour() === 'extensions' ? visibleInvoices(principal) : ownInvoices(principal)
}

export function findVisibleProject(principal: Principal, id: string): DbProject {
  const project = visibleProjects(principal).find((p) => p.id === id)
  if (!project) throw notFound('project')
  return project
}

export function findVisibleInvoice(principal: Principal, id: string): DbInvoice {
  const invoice = visibleInvoices(principal).find((inv) => inv.id === id)
  if (!invoice) throw notFound('invoice')
  return invoice
}

export function assertOwnClient(principal: Principal, clientId: string): void {
  if (principal.client.id !== clientId) throw notFound('client')
}
