import type { components } from '../src/lib/api/schema'

type Schemas = components['schemas']

/*
 * The shapes of the fake API's tables, beside the tables themselves (db.ts) and imported by everything
 * that makes or reads rows: the seed builds them, db.ts holds them, handlers read them. This module
 * imports nothing of the fake's own, so imports run one way: db-types ← seed ← db ← handlers.
 *
 * Rows hold relations as ids and leave out what the API derives (client refs, invoice sums, client
 * balances), so a change to one row (an invoice paid) shows everywhere at once.
 */
export type DbWorkspace = Schemas['Workspace'] & { id: string }

export type DbClient = Omit<Schemas['Client'], 'total_billed' | 'outstanding_balance' | 'active_projects'>

/** A portal sign-in: the person at a client who was invited. */
export type DbUser = { id: string; name: string; email: string; client_id: string }

export type DbTeamMember = { id: string; name: string }

export type DbProject = Omit<Schemas['ProjectDetail'], 'client' | 'team_lead'> & {
  client_id: string
  team_lead_id: string | null
  /** Whether the client was invited to this project; uninvited projects are the agency's alone. */
  invited: boolean
}

export type DbMilestone = Schemas['Milestone'] & { project_id: string }

export type DbLineItem = Omit<Schemas['LineItem'], 'amount'>

export type DbInvoice = Omit<
  Schemas['InvoiceDetail'],
  'client' | 'project' | 'subtotal' | 'tax' | 'total' | 'line_items'
> & {
  client_id: string
  project_id: string | null
  line_items: DbLineItem[]
}

/*
 * Tokens are kept as hashes, as a real authorization server keeps them: the fake server's own storage
 * (localStorage in the browser, so tabs share one server) then holds nothing a script could use.
 * A grant is one sign-in; its refresh tokens rotate, and revoking it ends all of its tokens.
 */
export type DbAccessToken = { token_hash: string; user_id: string; grant_id: string; expires_at: number }

export type DbRefreshToken = {
  token_hash: string
  user_id: string
  grant_id: string
  scope: string
  access_ttl_seconds: number
  /** Set once the token was exchanged for a new pair: a second use is refused. */
  rotated: boolean
}

/** A payment made through the fake checkout; replayed onto the seeded invoice after a reload. */
export type DbPayment = { invoice_id: string; amount: number; paid_at: string }

/** What the fake server changes as it runs, on top of the seed. */
export type DbServerState = {
  accessTokens: DbAccessToken[]
  refreshTokens: DbRefreshToken[]
  /** Ids of authorization codes already exchanged: a code works once. */
  usedAuthCodes: string[]
  payments: DbPayment[]
}

/** The business data the seed generates (seed/index.ts `createSeed`). */
export type SeedData = {
  workspace: DbWorkspace
  team: DbTeamMember[]
  clients: DbClient[]
  users: DbUser[]
  projects: DbProject[]
  milestones: DbMilestone[]
  invoices: DbInvoice[]
}

export type SeedOptions = {
  /** The seed's "today" as a UTC calendar date, YYYY-MM-DD; every date is relative to it. Default: today (UTC). */
  today?: string
  /** How many invoices the large client gets. Default 320. */
  largeInvoiceCount?: number
}

/** The live tables: the seed plus what the server changed since. */
export type Db = SeedData & DbServerState
