import { assertOwnClient } from '../access'
import { notFound } from '../api-error'
import { authenticate } from '../auth'
import { db, resetDb } from '../db'
import { invoiceListBody } from '../handlers/invoices'
import { projectListBody } from '../handlers/projects'
import { http } from '../http'
import { assertListScope } from '../list-scope'
import { toClient } from '../views'
import type { Scenario } from './types'

const query = (request: Request) => new URL(request.url).searchParams

/**
 * Whoever signs in has an account with nothing in it yet: no projects, no invoices, and a client
 * record with every optional detail null. The lists still check their parameters as the API does.
 */
export const emptyAccount: Scenario = {
  summary: 'Whoever signs in has no projects or invoices yet, and no details on file.',
  handlers: () => [
    http.get('/clients/{client_id}', ({ request, params, response }) => {
      const principal = authenticate(request)
      assertOwnClient(principal, params.client_id)
      return response(200).json({
        ...toClient(principal.client),
        company: null,
        phone: null,
        address: null,
        notes: null,
        portal_last_seen: null,
        total_billed: 0,
        outstanding_balance: 0,
        active_projects: 0,
      })
    }),
    http.get('/invoices', ({ request, response }) => {
      assertListScope(authenticate(request), query(request))
      return response(200).json(invoiceListBody([], query(request)))
    }),
    http.get('/clients/{client_id}/invoices', ({ request, params, response }) => {
      assertOwnClient(authenticate(request), params.client_id)
      return response(200).json(invoiceListBody([], query(request)))
    }),
    http.get('/projects', ({ request, response }) => {
      assertListScope(authenticate(request), query(request))
      return response(200).json(projectListBody([], query(request)))
    }),
    http.get('/clients/{client_id}/projects', ({ request, params, response }) => {
      assertOwnClient(authenticate(request), params.client_id)
      return response(200).json(projectListBody([], query(request)))
    }),
    ...(['/invoices/{invoice_id}', '/invoices/{invoice_id}/pdf'] as const).map((path) =>
      http.get(path, ({ request }) => {
        authenticate(request)
        throw notFound('invoice')
      }),
    ),
    ...(['/projects/{project_id}', '/projects/{project_id}/milestones'] as const).map((path) =>
      http.get(path, ({ request }) => {
        authenticate(request)
        throw notFound('project')
      }),
    ),
  ],
}

export const LARGE_ACCOUNT_INVOICES = 5_000

/**
 * The large client (Layla Haddad) gets 5,000 invoices instead of 320. Reseeding keeps the fake
 * server's sessions and payments, so it may happen after sign-in.
 */
export const largeAccount: Scenario<{ invoiceCount: number }> = {
  summary: 'Layla Haddad has 5,000 invoices (sign in as her).',
  handlers: () => [],
  prepare: ({ invoiceCount = LARGE_ACCOUNT_INVOICES }) => {
    const { accessTokens, refreshTokens, usedAuthCodes, payments } = db
    resetDb({ largeInvoiceCount: invoiceCount })
    Object.assign(db, { accessTokens, refreshTokens, usedAuthCodes, payments })
  },
}
