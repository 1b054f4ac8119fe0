import { startScenario } from '../../mocks/scenarios'

/*
 * The `app-extensions` vitest project runs every page's tests a second time with the fake API's
 * `api-extensions` scenario on: the pages must be right whether or not the API does more than its
 * docs promise (token-scoped lists, no drafts, per-currency totals in the meta).
 */
let leave: () => void = () => undefined

beforeEach(() => {
  leave = startScenario('api-extensions').leave
})

afterEach(() => leave())
