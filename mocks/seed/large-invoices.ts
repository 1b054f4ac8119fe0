import type { DbLineItem, DbProject } from '../db-types'
import { daysBefore, HISTORY_DAYS } from './dates'
import { SEED } from './ids'
import { isPayable, item, type InvoicePlan, type InvoiceStatus } from './invoices'
import { CATALOG, CURRENCY_WEIGHTS, LARGE_NOTES, PINNED_LARGE_INVOICES, TAX_RATES } from './large-catalog'
import { rngFor, type Rng } from './random'

// The large client's invoices: generated, with the first few pinned so the edge cases exist at any count.

/** A project as the invoice generator sees it: the days (ago) in which it could be billed. */
type BillableWindow = { id: string; fromAgo: number; untilAgo: number }

/** Billed from its creation; a finished project gets its last invoices within a few weeks of the end. */
function billableWindow(today: string, project: DbProject): BillableWindow {
  const endedAgo = project.status === 'completed' && project.end_date !== null ? daysBefore(today, project.end_date) : 0
  return {
    id: project.id,
    fromAgo: daysBefore(today, project.created_at.slice(0, 10)),
    untilAgo: Math.max(endedAgo - 45, 0),
  }
}

export function largeInvoicePlans(today: string, count: number, projects: readonly DbProject[]): InvoicePlan[] {
  const rng = rngFor('large-invoices')
  const windows = projects.map((project) => billableWindow(today, project))
  return Array.from({ length: count }, (_, index) => largeInvoicePlan(rng, index, windows))
}

function pickProject(rng: Rng, windows: readonly BillableWindow[], issuedAgo: number): string | null {
  const open = windows.filter((window) => issuedAgo <= window.fromAgo && issuedAgo >= window.untilAgo)
  return open.length === 0 || rng.chance(0.1) ? null : rng.pick(open).id
}

function largeInvoicePlan(rng: Rng, index: number, windows: readonly BillableWindow[]): InvoicePlan {
  const pinned = PINNED_LARGE_INVOICES[index]
  const termsDays = rng.pick([14, 30] as const)
  const currency = pinned?.currency ?? rng.weighted(CURRENCY_WEIGHTS)
  const { status, issuedAgo } = pinned
    ? { status: pinned.status, issuedAgo: issuedAgoFor(pinned.status, termsDays, rng) }
    : randomStatus(termsDays, rng)
  const lineItems = randomLineItems(currency, rng)
  if (pinned?.extraItem) lineItems.push({ ...pinned.extraItem })
  const partlyPaid = isPayable(status) && (pinned?.partlyPaid ?? rng.chance(0.3))
  return {
    id: `inv_lg_${String(index + 1).padStart(4, '0')}`,
    clientId: SEED.clients.large,
    projectId: pickProject(rng, windows, issuedAgo),
    currency,
    status,
    issuedAgo,
    termsDays,
    lineItems,
    taxRate: rng.pick(TAX_RATES[currency]),
    notes: pinned?.notes ?? (rng.chance(0.12) ? rng.pick(LARGE_NOTES) : null),
    paidAfterDays: rng.int(0, termsDays + 20),
    paidShare: partlyPaid ? rng.int(10, 90) / 100 : 0,
    minute: rng.int(0, 59),
  }
}

/** An issue date that makes the status true: sent ones are not yet due, overdue ones are past due. */
function issuedAgoFor(status: InvoiceStatus, termsDays: number, rng: Rng): number {
  switch (status) {
    case 'draft':
      return rng.int(1, 21)
    case 'sent':
      return rng.int(1, termsDays)
    case 'overdue':
      return rng.int(termsDays + 1, HISTORY_DAYS)
    case 'paid':
    case 'void':
      return rng.int(1, HISTORY_DAYS)
  }
}

/** Date first, then a status that fits it, so the mix looks like a real ledger: mostly paid, recent ones open. */
function randomStatus(termsDays: number, rng: Rng): { status: InvoiceStatus; issuedAgo: number } {
  const issuedAgo = rng.int(1, HISTORY_DAYS)
  if (issuedAgo <= 21 && rng.chance(0.3)) return { status: 'draft', issuedAgo }
  const status =
    issuedAgo <= termsDays
      ? rng.weighted<InvoiceStatus>([
          ['sent', 6],
          ['paid', 3],
          ['void', 1],
        ])
      : rng.weighted<InvoiceStatus>([
          ['paid', 16],
          ['overdue', 3],
          ['void', 1],
        ])
  return { status, issuedAgo }
}

function randomLineItems(currency: keyof typeof CATALOG, rng: Rng): DbLineItem[] {
  const catalog = CATALOG[currency]
  return rng
    .sample(catalog, rng.int(1, Math.min(4, catalog.length)))
    .map((entry) => item(entry.description, rng.pick(entry.quantities), entry.unitPrice))
}
