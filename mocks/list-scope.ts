import { assertOwnClient } from './access'
import { forbidden } from './api-error'
import { apiFlavour } from './api-flavour'
import type { Principal } from './auth'

/**
 * `GET /invoices` and `GET /projects` for a portal client's token. The docs list `client_id` as a
 * filter and say nothing of lists scoped by the token alone, so the documented fake answers 403
 * without it and 404 for another client's (as for any foreign id); with the extensions on, a missing
 * `client_id` means the token's own client.
 */
export function assertListScope(principal: Principal, query: URLSearchParams): void {
  const clientId = query.get('client_id')
  if (clientId === null) {
    if (apiFlavour() === 'extensions') return
    throw forbidden('A portal client must name its own client: add client_id to the list request.')
  }
  assertOwnClient(principal, clientId)
}
