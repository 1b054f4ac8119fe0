import { setApiFlavour } from '../api-flavour'
import type { Scenario } from './types'

/**
 * The portal's inferred extensions, on top of the documented API: lists scoped by the token when
 * `client_id` is left out, no drafts in any list, and `meta.totals_by_currency` on invoice lists.
 * Every page must be right with and without them (vitest's `app-extensions` project, the browser
 * tests' `extensions` project).
 */
export const apiExtensions: Scenario = {
  summary: 'The API also does what the portal once assumed: token-scoped lists, no drafts, per-currency totals.',
  handlers: () => [],
  enter: () => setApiFlavour('extensions'),
}
