import type { components } from '../src/lib/api/schema'
import { db } from './db'
import type { DbClient, DbInvoice, DbMilestone, DbProject, DbUser } from './db-types'
import { paymentUrlFor } from './fake-checkout'
import { invoiceTotals } from './invoice-totals'

type Schemas = components['schemas']

/*
 * Rows → API objects. Everything the API derives (names of referenced objects, invoice sums, client
 * balances) is computed here on each read, so a write to one row is seen everywhere at once.
 */
function ref(row: { id: string; name: string }): Schemas['Ref'] {
  return { id: row.id, name: row.name }
}

function clientRow(id: string): DbClient {
  const client = db.clients.find((c) => c.id === id)
  if (!client) throw new Error(`seed inconsistency: no client ${id}`)
  return client
}

export function toInvoice(row: DbInvoice): Schemas['Invoice'] {
  const { subtotal, tax, total } = invoiceTotals(row.line_items, row.tax_rate)
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    client: ref(clientRow(row.client_id)),
    issue_date: row.issue_date,
    due_date: row.due_date,
    subtotal,
    tax,
    total,
    amount_paid: row.amount_paid,
    currency: row.currency,
    created_at: row.created_at,
  }
}

export function toInvoiceDetail(row: DbInvoice): Schemas['InvoiceDetail'] {
  const project = row.project_id === null ? undefined : db.projects.find((p) => p.id === row.project_id)
  return {
    ...toInvoice(row),
    project: project ? ref(project) : null,
    line_items: invoiceTotals(row.line_items, row.tax_rate).lines,
    tax_rate: row.tax_rate,
    notes: row.notes,
    sent_at: row.sent_at,
    paid_at: row.paid_at,
    payment_url: paymentUrlFor(row),
  }
}

const isOpen = (inv: DbInvoice) => inv.status === 'sent' || inv.status === 'overdue'
const isBilled = (inv: DbInvoice) => inv.status !== 'draft' && inv.status !== 'void'

/** Client balances carry no currency, so they count the workspace's default currency only. */
export function toClient(row: DbClient): Schemas['Client'] {
  const invoices = db.invoices.filter(
    (inv) => inv.client_id === row.id && inv.currency === db.workspace.default_currency,
  )
  const sum = (rows: DbInvoice[], pick: (inv: DbInvoice) => number) => rows.reduce((acc, inv) => acc + pick(inv), 0)
  const totalOf = (inv: DbInvoice) => invoiceTotals(inv.line_items, inv.tax_rate).total
  return {
    ...row,
    total_billed: sum(invoices.filter(isBilled), totalOf),
    outstanding_balance: sum(invoices.filter(isOpen), (inv) => totalOf(inv) - inv.amount_paid),
    active_projects: db.projects.filter((p) => p.client_id === row.id && p.invited && p.status !== 'completed')
      .length,
  }
}

export function toProject(row: DbProject): Schemas['Project'] {
  const lead = row.team_lead_id === null ? undefined : db.team.find((m) => m.id === row.team_lead_id)
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    start_date: row.start_date,
    end_date: row.end_date,
    budget: row.budget,
    budget_spent: row.budget_spent,
    client: ref(clientRow(row.client_id)),
    team_lead: lead ? ref(lead) : null,
    task_count: row.task_count,
    completed_task_count: row.completed_task_count,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

export function toProjectDetail(row: DbProject): Schemas['ProjectDetail'] {
  return { ...toProject(row), description: row.description }
}

export function toMilestone({ project_id: _projectId, ...milestone }: DbMilestone): Schemas['Milestone'] {
  return milestone
}

export function toMe(user: DbUser): Schemas['Me'] {
  const { id: _workspaceId, ...workspace } = db.workspace
  return { id: user.id, name: user.name, email: user.email, role: 'client', client_id: user.client_id, workspace }
}

/**
 * The docs' example list meta: `total_outstanding` and `total_collected_ytd` add up every currency
 * (and this fake, like the docs' example, does too), which is why the portal never shows them.
 */
export function docsListMeta(rows: DbInvoice[]): { total_outstanding: number; total_collected_ytd: number } {
  const year = new Date().toISOString().slice(0, 4)
  let outstanding = 0
  let collected = 0
  for (const inv of rows) {
    if (isOpen(inv)) outstanding += invoiceTotals(inv.line_items, inv.tax_rate).total - inv.amount_paid
    if (inv.paid_at?.startsWith(year)) collected += inv.amount_paid
  }
  return { total_outstanding: outstanding, total_collected_ytd: collected }
}

/** Sums per currency over the given invoices; never across currencies. */
export function totalsByCurrency(rows: DbInvoice[]): Schemas['CurrencyTotals'][] {
  const byCurrency = new Map<string, Schemas['CurrencyTotals']>()
  for (const inv of rows) {
    const totals = byCurrency.get(inv.currency) ?? {
      currency: inv.currency,
      count: 0,
      total: 0,
      amount_paid: 0,
      outstanding: 0,
    }
    const { total } = invoiceTotals(inv.line_items, inv.tax_rate)
    totals.count += 1
    totals.total += total
    totals.amount_paid += inv.amount_paid
    if (isOpen(inv)) totals.outstanding += total - inv.amount_paid
    byCurrency.set(inv.currency, totals)
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency))
}
