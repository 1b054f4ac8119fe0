import { http as untypedHttp, HttpResponse } from 'msw'
import { contractWatch } from '../contract/contract-watch'
import { server } from '../node'
import { SEED } from '../seed'
import { apiAs } from '../test-support/api-as'
import { enableScenario } from './enable-scenario'
import { VIOLATION_HEADER } from './violation'

const brokenList = { data: [{ id: 'inv_1', total: '12.00' }], meta: { total: 1, limit: 20, next_cursor: null, totals_by_currency: [] } }

/** Reads the raw body, so a cut-off JSON body does not throw in the test itself. */
const getInvoices = () => apiAs(SEED.users.ordinary).GET('/invoices', { parseAs: 'text' })

describe('the contract check and scenarios that break the contract on purpose', () => {
  it('skips the answers of malformed-json and schema-violation, which mark themselves', async () => {
    enableScenario('malformed-json')
    await getInvoices()
    server.resetHandlers()
    enableScenario('schema-violation')
    await getInvoices()
    expect(await contractWatch.takeViolations()).toEqual([])
  })

  it('still catches the same violation when it is not marked', async () => {
    server.use(untypedHttp.get('*/v1/invoices', () => HttpResponse.json(brokenList)))
    await getInvoices()
    const violations = (await contractWatch.takeViolations()).join('\n')
    expect(violations).toMatch(/GET \/invoices → 200: body\/data\/0\/total must be integer/)
  })

  it('catches a mark that names no contract-breaking scenario, and checks that answer anyway', async () => {
    server.use(
      untypedHttp.get('*/v1/invoices', () => HttpResponse.json(brokenList, { headers: { [VIOLATION_HEADER]: 'slow' } })),
    )
    await getInvoices()
    const violations = (await contractWatch.takeViolations()).join('\n')
    expect(violations).toMatch(/X-Mock-Scenario-Violation names no contract-breaking scenario: slow/)
    expect(violations).toMatch(/body\/data\/0\/total must be integer/)
  })

  it('sees no answer to check in a dropped connection (msw reports none)', async () => {
    enableScenario('offline')
    await getInvoices().catch(() => undefined)
    expect(await contractWatch.takeViolations()).toEqual([])
  })
})
