import type { DbInvoice, SeedData as Db } from '../db-types'
import { invoiceTotals } from '../invoice-totals'
import { createSeed, SEED } from './index'
import { createRng } from './random'
import { totalOf } from '../../src/test/seed-facts'

const TODAY = '2026-03-15'
const DAY_MS = 86_400_000
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const EMOJI = /\p{Extended_Pictographic}/u
const RTL = /[\u0590-\u05FF\u0600-\u06FF]/

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS
}

function invoicesOf(db: Db, clientId: string): DbInvoice[] {
  return db.invoices.filter((invoice) => invoice.client_id === clientId)
}

function isPartlyPaid(invoice: DbInvoice): boolean {
  return invoice.amount_paid > 0 && invoice.amount_paid < totalOf(invoice)
}

/** Whether a portal user of the invoice's client may see it. */
function clientVisible(db: Db, invoice: DbInvoice): boolean {
  if (invoice.status === 'draft') return false
  if (invoice.project_id === null) return true
  return db.projects.find((project) => project.id === invoice.project_id)?.invited === true
}

const seed = createSeed({ today: TODAY })

describe('createSeed', () => {
  it('gives the same tables for the same options', () => {
    expect(createSeed({ today: TODAY })).toEqual(createSeed({ today: TODAY }))
    expect(createSeed({ today: TODAY, largeInvoiceCount: 40 })).toEqual(
      createSeed({ today: TODAY, largeInvoiceCount: 40 }),
    )
  })

  it("defaults today to the current UTC date", () => {
    const todayUtc = new Date().toISOString().slice(0, 10)
    const byDefault = createSeed({})
    expect(byDefault.invoices.every((invoice) => invoice.issue_date <= todayUtc)).toBe(true)
    expect(byDefault).toEqual(createSeed({ today: todayUtc }))
  })

  it('returns fresh objects on every call', () => {
    const first = createSeed({ today: TODAY })
    first.invoices[0]?.line_items.push({ description: 'x', quantity: 1, unit_price: 1 })
    expect(createSeed({ today: TODAY })).toEqual(seed)
  })

  it('rejects a malformed today or count', () => {
    expect(() => createSeed({ today: '2026-02-30' })).toThrow()
    expect(() => createSeed({ today: '15/03/2026' })).toThrow()
    expect(() => createSeed({ today: TODAY, largeInvoiceCount: -1 })).toThrow()
  })

  it('starts without access tokens and with a light brand colour', () => {
    expect(seed.workspace.brand_color).toMatch(/^#[0-9a-f]{6}$/i)
    expect(seed.workspace).toMatchObject({
      id: SEED.workspaceId,
      default_currency: 'USD',
      timezone: 'America/New_York',
      logo_url: `https://assets.nextoriahub.com/workspaces/${SEED.workspaceId}/logo.svg`,
    })
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(seed.workspace.brand_color.slice(at, at + 2), 16))
    expect(0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)).toBeGreaterThan(128)
  })
})

describe('invoiceTotals', () => {
  it('rounds each line, then the tax once', () => {
    const lines = [
      { description: 'Design — hours', quantity: 1.5, unit_price: 12_345 },
      { description: 'Prints', quantity: 2, unit_price: 999 },
    ]
    // 18517.5 → 18518; 18518 + 1998 = 20516; tax 1641.28 → 1641
    expect(invoiceTotals(lines, 0.08)).toEqual({
      lines: [
        { ...lines[0], amount: 18_518 },
        { ...lines[1], amount: 1_998 },
      ],
      subtotal: 20_516,
      tax: 1_641,
      total: 22_157,
    })
    expect(invoiceTotals([], 0.1)).toEqual({ lines: [], subtotal: 0, tax: 0, total: 0 })
  })
})

describe.each([
  ['a mid-month day', TODAY, 320],
  ['a leap day', '2024-02-29', 320],
  ['new year', '2026-01-01', 320],
  ['a big ledger', TODAY, 5000],
])('invoice rules on %s', (_label, today, largeInvoiceCount) => {
  const db = createSeed({ today, largeInvoiceCount })

  it('dates every invoice in the last 18 months with 14- or 30-day terms', () => {
    for (const invoice of db.invoices) {
      expect(invoice.issue_date).toMatch(DATE)
      expect(daysBetween(invoice.issue_date, today)).toBeGreaterThanOrEqual(0)
      expect(daysBetween(invoice.issue_date, today)).toBeLessThanOrEqual(548)
      expect([14, 30]).toContain(daysBetween(invoice.issue_date, invoice.due_date))
      expect(invoice.created_at).toMatch(TIMESTAMP)
    }
  })

  it('keeps each status consistent with dates and payments', () => {
    for (const invoice of db.invoices) {
      const total = totalOf(invoice)
      const context = `${invoice.id} (${invoice.status})`
      expect(Number.isInteger(invoice.amount_paid), context).toBe(true)
      expect(invoice.amount_paid, context).toBeGreaterThanOrEqual(0)
      expect(invoice.amount_paid, context).toBeLessThanOrEqual(total)
      switch (invoice.status) {
        case 'overdue':
          expect(invoice.due_date < today, context).toBe(true)
          expect(invoice.amount_paid < total, context).toBe(true)
          break
        case 'sent':
          expect(invoice.due_date >= today, context).toBe(true)
          expect(invoice.amount_paid < total, context).toBe(true)
          break
        case 'paid':
          expect(invoice.amount_paid, context).toBe(total)
          expect(invoice.paid_at, context).toMatch(TIMESTAMP)
          expect(invoice.paid_at!.slice(0, 10) >= invoice.issue_date, context).toBe(true)
          expect(invoice.paid_at!.slice(0, 10) <= today, context).toBe(true)
          expect(invoice.paid_at! > invoice.sent_at!, context).toBe(true)
          break
        case 'void':
        case 'draft':
          expect(invoice.amount_paid, context).toBe(0)
          break
      }
      if (invoice.status !== 'paid') expect(invoice.paid_at, context).toBeNull()
      if (invoice.status === 'draft') expect(invoice.sent_at, context).toBeNull()
      else expect(invoice.sent_at, context).toMatch(TIMESTAMP)
      const payable = invoice.status === 'sent' || invoice.status === 'overdue'
      expect(invoice.payment_url, context).toBe(
        payable ? `https://checkout.stripe.com/c/pay/cs_test_${invoice.id}` : null,
      )
    }
  })

  it('prices in whole minor units, with positive quantities and known tax rates', () => {
    for (const invoice of db.invoices) {
      expect(invoice.currency).toMatch(/^[A-Z]{3}$/)
      expect([0, 0.05, 0.08, 0.1, 0.2]).toContain(invoice.tax_rate)
      expect(invoice.line_items.length).toBeGreaterThan(0)
      for (const line of invoice.line_items) {
        expect(Number.isInteger(line.unit_price)).toBe(true)
        expect(line.unit_price).toBeGreaterThan(0)
        expect(line.quantity).toBeGreaterThan(0)
      }
    }
    expect(db.invoices.some((invoice) => invoice.line_items.some((line) => !Number.isInteger(line.quantity)))).toBe(
      true,
    )
  })

  it('numbers invoices uniquely by issue year', () => {
    const numbers = db.invoices.map((invoice) => invoice.number)
    expect(new Set(numbers).size).toBe(numbers.length)
    for (const invoice of db.invoices) {
      expect(invoice.number).toMatch(new RegExp(`^INV-${invoice.issue_date.slice(0, 4)}-\\d{4,}$`))
    }
  })

  it("puts invoices only on the client's own projects, once they exist", () => {
    const projects = new Map(db.projects.map((project) => [project.id, project]))
    for (const invoice of db.invoices) {
      if (invoice.project_id === null) continue
      const project = projects.get(invoice.project_id)
      expect(project?.client_id).toBe(invoice.client_id)
      expect(invoice.issue_date >= project!.created_at.slice(0, 10), invoice.id).toBe(true)
    }
  })
})

describe('the empty client', () => {
  it('has a portal user and nothing else', () => {
    const client = seed.clients.find((c) => c.id === SEED.clients.empty)
    expect(client).toMatchObject({
      company: null,
      phone: null,
      address: null,
      notes: null,
      portal_last_seen: null,
      portal_access: true,
    })
    expect(seed.projects.filter((p) => p.client_id === SEED.clients.empty)).toEqual([])
    expect(invoicesOf(seed, SEED.clients.empty)).toEqual([])
    expect(seed.users.filter((u) => u.client_id === SEED.clients.empty).map((u) => u.id)).toEqual([SEED.users.empty])
  })
})

describe('the ordinary client', () => {
  const projects = seed.projects.filter((p) => p.client_id === SEED.clients.ordinary)
  const invoices = invoicesOf(seed, SEED.clients.ordinary)

  it('has 3–4 projects, exactly one of them uninvited and invoiced', () => {
    expect(projects.length).toBeGreaterThanOrEqual(3)
    expect(projects.length).toBeLessThanOrEqual(4)
    const uninvited = projects.filter((p) => !p.invited)
    expect(uninvited.map((p) => p.id)).toEqual([SEED.projects.ordinaryUninvited])
    expect(invoices.filter((i) => i.project_id === SEED.projects.ordinaryUninvited).map((i) => i.id)).toEqual([
      SEED.invoices.ordinaryUninvited,
    ])
  })

  it('has 10–20 USD invoices in every status, one partly paid and one without a project', () => {
    expect(invoices.length).toBeGreaterThanOrEqual(10)
    expect(invoices.length).toBeLessThanOrEqual(20)
    expect(new Set(invoices.map((i) => i.currency))).toEqual(new Set(['USD']))
    expect(new Set(invoices.map((i) => i.status))).toEqual(new Set(['sent', 'paid', 'overdue', 'void', 'draft']))
    expect(invoices.some(isPartlyPaid)).toBe(true)
    expect(invoices.some((i) => i.project_id === null)).toBe(true)
  })

  it('spreads invoices across the last 12 months', () => {
    const lastYear = invoices.filter((i) => daysBetween(i.issue_date, TODAY) <= 365)
    expect(new Set(lastYear.map((i) => i.issue_date.slice(0, 7))).size).toBeGreaterThanOrEqual(6)
  })

  it('names each status case in SEED', () => {
    const byId = new Map(invoices.map((i) => [i.id, i]))
    const { invoices: ids } = SEED
    expect(byId.get(ids.ordinaryPaid)?.status).toBe('paid')
    expect(byId.get(ids.ordinaryVoid)?.status).toBe('void')
    expect(byId.get(ids.ordinaryOverdue)).toMatchObject({ status: 'overdue', amount_paid: 0 })
    expect(byId.get(ids.ordinaryPartlyPaidOverdue)?.status).toBe('overdue')
    expect(byId.get(ids.ordinaryPartlyPaidSent)?.status).toBe('sent')
    expect(isPartlyPaid(byId.get(ids.ordinaryPartlyPaidOverdue)!)).toBe(true)
    expect(isPartlyPaid(byId.get(ids.ordinaryPartlyPaidSent)!)).toBe(true)
    expect(byId.get(ids.ordinarySent)).toMatchObject({ status: 'sent', amount_paid: 0, project_id: null })
    expect(byId.get(ids.ordinaryNoProject)).toMatchObject({ status: 'paid', project_id: null })
    expect(byId.get(ids.ordinaryDraft)?.status).toBe('draft')
  })
})

describe('the large client', () => {
  const invoices = invoicesOf(seed, SEED.clients.large)
  const projects = seed.projects.filter((p) => p.client_id === SEED.clients.large)

  it('has 320 invoices by default, in JPY and other currencies, every status, several partly paid', () => {
    expect(invoices).toHaveLength(320)
    const currencies = new Set(invoices.map((i) => i.currency))
    expect(currencies.has('JPY')).toBe(true)
    expect(currencies.size).toBeGreaterThanOrEqual(2)
    expect(new Set(invoices.map((i) => i.status))).toEqual(new Set(['sent', 'paid', 'overdue', 'void', 'draft']))
    expect(invoices.filter(isPartlyPaid).length).toBeGreaterThanOrEqual(5)
    expect(invoices.filter((i) => i.notes !== null).length).toBeGreaterThan(0)
    expect(invoices.filter((i) => i.notes === null).length).toBeGreaterThan(invoices.length / 2)
  })

  it('makes 5000 invoices on request, quickly', () => {
    const started = performance.now()
    const big = createSeed({ today: TODAY, largeInvoiceCount: 5000 })
    expect(performance.now() - started).toBeLessThan(1000)
    expect(invoicesOf(big, SEED.clients.large)).toHaveLength(5000)
  })

  it('keeps the pinned edge cases even with few invoices', () => {
    const few = invoicesOf(createSeed({ today: TODAY, largeInvoiceCount: 8 }), SEED.clients.large)
    expect(new Set(few.map((i) => i.status)).size).toBe(5)
    expect(new Set(few.map((i) => i.currency)).has('JPY')).toBe(true)
  })

  it('has projects in every status with budgets, leads and dates sometimes missing', () => {
    expect(new Set(projects.map((p) => p.status))).toEqual(new Set(['planning', 'in_progress', 'review', 'completed']))
    expect(projects.some((p) => p.budget === null)).toBe(true)
    expect(projects.some((p) => p.team_lead_id === null)).toBe(true)
    expect(projects.some((p) => p.start_date === null)).toBe(true)
    expect(projects.some((p) => p.start_date !== null && p.end_date === null)).toBe(true)
  })

  it('has long names', () => {
    const client = seed.clients.find((c) => c.id === SEED.clients.large)!
    expect(Math.max(client.name.length, client.company?.length ?? 0)).toBeGreaterThan(80)
    expect(projects.some((p) => p.name.length > 60)).toBe(true)
  })

  it('carries hostile text where the client will see it', () => {
    const visibleProjects = projects.filter((p) => p.invited)
    const visibleIds = new Set(visibleProjects.map((p) => p.id))
    const visibleMilestones = seed.milestones.filter((m) => visibleIds.has(m.project_id))
    const visibleInvoices = invoices.filter((i) => clientVisible(seed, i))
    const lines = visibleInvoices.flatMap((i) => i.line_items.map((line) => line.description))
    const company = seed.clients.find((c) => c.id === SEED.clients.large)?.company ?? ''
    const xss = '<img src=x onerror=alert(1)>'

    expect(visibleProjects.some((p) => p.name.includes(xss))).toBe(true)
    expect(visibleMilestones.some((m) => m.name.includes(xss))).toBe(true)
    expect(visibleInvoices.some((i) => i.notes?.includes('javascript:alert(1)'))).toBe(true)
    expect(lines.some((line) => line.includes('javascript:alert(1)'))).toBe(true)
    expect(RTL.test(company) || visibleProjects.some((p) => RTL.test(p.name))).toBe(true)
    expect(visibleProjects.some((p) => EMOJI.test(p.name))).toBe(true)
    expect(lines.some((line) => EMOJI.test(line))).toBe(true)
  })
})

describe('the client without portal access', () => {
  it('has invoices and a project but no user', () => {
    const client = seed.clients.find((c) => c.id === SEED.clients.noPortal)
    expect(client?.portal_access).toBe(false)
    expect(seed.users.some((u) => u.client_id === SEED.clients.noPortal)).toBe(false)
    expect(invoicesOf(seed, SEED.clients.noPortal).length).toBeGreaterThanOrEqual(2)
    expect(seed.projects.filter((p) => p.client_id === SEED.clients.noPortal).every((p) => !p.invited)).toBe(true)
  })
})

describe('clients and users', () => {
  it('gives each portal client exactly one user with a valid email', () => {
    for (const client of seed.clients) {
      const users = seed.users.filter((u) => u.client_id === client.id)
      expect(users).toHaveLength(client.portal_access ? 1 : 0)
    }
    for (const person of [...seed.clients, ...seed.users]) {
      expect(person.email).toMatch(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i)
    }
  })

  it('writes addresses with alpha-2 countries and no null line2', () => {
    for (const { address } of seed.clients) {
      if (address === null) continue
      expect(address.country).toMatch(/^[A-Z]{2}$/)
      if ('line2' in address) expect(typeof address.line2).toBe('string')
    }
  })

  it('stamps clients in ISO 8601 UTC without milliseconds', () => {
    for (const client of seed.clients) {
      expect(client.created_at).toMatch(TIMESTAMP)
      expect(client.updated_at >= client.created_at).toBe(true)
      if (client.portal_last_seen !== null) expect(client.portal_last_seen).toMatch(TIMESTAMP)
    }
  })
})

describe('projects and milestones', () => {
  it('keeps tasks, budgets and timestamps consistent', () => {
    const team = new Set(seed.team.map((member) => member.id))
    for (const project of seed.projects) {
      expect(project.completed_task_count).toBeLessThanOrEqual(project.task_count)
      expect(project.completed_task_count).toBeGreaterThanOrEqual(0)
      if (project.status === 'completed') expect(project.completed_task_count).toBe(project.task_count)
      if (project.budget !== null) expect(project.budget_spent).toBeLessThanOrEqual(project.budget * 1.2)
      expect(Number.isInteger(project.budget_spent)).toBe(true)
      if (project.team_lead_id !== null) expect(team.has(project.team_lead_id)).toBe(true)
      expect(project.created_at).toMatch(TIMESTAMP)
      expect(project.updated_at >= project.created_at).toBe(true)
      expect(project.updated_at.slice(0, 10) < TODAY).toBe(true)
      if (project.start_date !== null && project.end_date !== null) {
        expect(project.start_date < project.end_date).toBe(true)
      }
      if (project.status === 'completed' && project.end_date !== null) expect(project.end_date < TODAY).toBe(true)
    }
  })

  it('gives every project 2–6 milestones that match its status', () => {
    for (const project of seed.projects) {
      const milestones = seed.milestones.filter((m) => m.project_id === project.id)
      expect(milestones.length).toBeGreaterThanOrEqual(2)
      expect(milestones.length).toBeLessThanOrEqual(6)
      if (project.status === 'completed') expect(milestones.every((m) => m.status === 'completed')).toBe(true)
      if (project.status === 'planning') expect(milestones.every((m) => m.status === 'pending')).toBe(true)
    }
    for (const milestone of seed.milestones) {
      if (milestone.status === 'completed') {
        expect(milestone.completed_at).toMatch(TIMESTAMP)
        expect(milestone.completed_at!.slice(0, 10) < TODAY).toBe(true)
      } else {
        expect(milestone.completed_at).toBeNull()
      }
      if (milestone.due_date !== null) expect(milestone.due_date).toMatch(DATE)
    }
    const statuses = new Set(seed.milestones.map((m) => m.status))
    expect(statuses).toEqual(new Set(['pending', 'in_progress', 'completed']))
    expect(seed.milestones.some((m) => m.due_date === null)).toBe(true)
  })
})

describe('ids', () => {
  it('are unique and prefixed by kind', () => {
    const big = createSeed({ today: TODAY, largeInvoiceCount: 5000 })
    const groups: [string, { id: string }[]][] = [
      ['client_', big.clients],
      ['user_', [...big.users, ...big.team]],
      ['proj_', big.projects],
      ['ms_', big.milestones],
      ['inv_', big.invoices],
    ]
    const all = groups.flatMap(([prefix, rows]) =>
      rows.map((row) => {
        expect(row.id.startsWith(prefix)).toBe(true)
        return row.id
      }),
    )
    expect(new Set(all).size).toBe(all.length)
  })

  it('in SEED all exist', () => {
    const ids = new Set(
      [seed.clients, seed.users, seed.team, seed.projects, seed.invoices].flatMap((rows) => rows.map((row) => row.id)),
    )
    const named = [
      ...Object.values(SEED.clients),
      ...Object.values(SEED.users),
      ...Object.values(SEED.team),
      ...Object.values(SEED.projects),
      ...Object.values(SEED.invoices),
    ]
    expect(named.filter((id) => !ids.has(id))).toEqual([])
  })
})

describe('createRng', () => {
  it('repeats for a seed and stays in range', () => {
    const a = createRng(42)
    const b = createRng(42)
    const drawsA = Array.from({ length: 100 }, () => a.int(3, 7))
    expect(Array.from({ length: 100 }, () => b.int(3, 7))).toEqual(drawsA)
    expect(drawsA.every((n) => n >= 3 && n <= 7)).toBe(true)
    expect(new Set(drawsA).size).toBe(5)
    expect(a.sample([1, 2, 3, 4, 5], 3)).toHaveLength(3)
  })
})
