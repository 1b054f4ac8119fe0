import { db } from '../db'
import { SEED } from '../seed'
import { issueTokens } from '../auth'
import { apiAs } from '../test-support/api-as'
import { SCENARIO_NAMES, SCENARIOS } from '.'
import { enableScenario } from './enable-scenario'
import { VIOLATION_HEADER } from './violation'

const API = 'https://api.nextoriahub.com/v1'

/** Plain HTTP as the signed-in ordinary client: what the fake API answers, byte for byte. */
function asOrdinary() {
  const { access_token } = issueTokens(SEED.users.ordinary)
  return (path: string, init: RequestInit = {}) =>
    fetch(`${API}${path}`, { ...init, headers: { Authorization: `Bearer ${access_token}`, ...init.headers } })
}

describe('every fault scenario', () => {
  it('has a name and a one-line summary for the panel and the README', () => {
    expect(SCENARIO_NAMES).toEqual([
      'slow',
      'flaky',
      'rate-limited',
      'failing-endpoint',
      'offline',
      'malformed-json',
      'schema-violation',
      'token-expires',
      'empty-account',
      'large-account',
      'api-extensions',
    ])
    for (const name of SCENARIO_NAMES) expect(SCENARIOS[name].summary).toMatch(/\.$/)
  })
})

describe('slow', () => {
  it('answers every call after the pause, and the default pause is 2–3 s', async () => {
    const get = asOrdinary()
    enableScenario('slow', { minMs: 150, maxMs: 200 })
    const started = performance.now()
    const response = await get('/me')
    expect(response.status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
  })
})

describe('flaky', () => {
  it('fails every other call, a 503 then a dropped connection, and spares the token endpoint', async () => {
    const get = asOrdinary()
    enableScenario('flaky')
    const outcome = (pending: Promise<Response>) => pending.then((r) => r.status, () => 'dropped')
    const token = await fetch(`${API}/oauth/token`, { method: 'POST', body: 'grant_type=refresh_token&refresh_token=x' })
    expect(token.status).toBe(400) // answered by the real handler, not by the scenario
    expect([await outcome(get('/me')), await outcome(get('/me')), await outcome(get('/me')), await outcome(get('/me'))]).toEqual([
      503,
      200,
      'dropped',
      200,
    ])
  })
})

describe('rate-limited', () => {
  it('answers the first call to each address 429 with the envelope and Retry-After, then the data', async () => {
    const get = asOrdinary()
    enableScenario('rate-limited')
    const first = await get(`/invoices?client_id=${SEED.clients.ordinary}&limit=5`)
    expect(first.status).toBe(429)
    expect(first.headers.get('Retry-After')).toBe('2')
    const body = (await first.json()) as { error: { code: string; request_id: string } }
    expect(body.error.code).toBe('rate_limited')
    expect(body.error.request_id).toMatch(/^req_/)
    expect((await get(`/invoices?client_id=${SEED.clients.ordinary}&limit=5`)).status).toBe(200)
    expect((await get(`/invoices?client_id=${SEED.clients.ordinary}&limit=6`)).status).toBe(429)
  })
})

describe('failing-endpoint', () => {
  it('answers 503 to the project list, always, and leaves the rest alone', async () => {
    const get = asOrdinary()
    enableScenario('failing-endpoint')
    expect((await get(`/projects?client_id=${SEED.clients.ordinary}`)).status).toBe(503)
    expect((await get(`/projects?client_id=${SEED.clients.ordinary}`)).status).toBe(503)
    expect((await get(`/invoices?client_id=${SEED.clients.ordinary}`)).status).toBe(200)
    expect((await fetch(`${API}/projects`)).status).toBe(401)
  })
})

describe('offline', () => {
  it('fails every call to connect and tells the page, until it is left', async () => {
    const get = asOrdinary()
    const heard: string[] = []
    const listen = (event: Event) => heard.push(event.type)
    window.addEventListener('offline', listen)
    window.addEventListener('online', listen)
    onTestFinished(() => {
      window.removeEventListener('offline', listen)
      window.removeEventListener('online', listen)
    })

    const { leave } = enableScenario('offline')
    await expect(get('/me')).rejects.toThrow(TypeError)
    expect(navigator.onLine).toBe(false)

    leave()
    expect(navigator.onLine).toBe(true)
    expect((await get('/me')).status).toBe(200)
    expect(heard).toEqual(['offline', 'online'])
  })
})

describe('malformed-json', () => {
  it('answers the invoice list 200 with JSON cut short, marked as a deliberate contract violation', async () => {
    const get = asOrdinary()
    enableScenario('malformed-json')
    const response = await get(`/invoices?client_id=${SEED.clients.ordinary}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    expect(response.headers.get(VIOLATION_HEADER)).toBe('malformed-json')
    const text = await response.text()
    expect(text.startsWith('{"data":[')).toBe(true)
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError)
  })
})

describe('schema-violation', () => {
  it('answers invoice lists and details with money as decimal strings and one amount_paid missing', async () => {
    const get = asOrdinary()
    enableScenario('schema-violation')
    const response = await get(`/invoices?client_id=${SEED.clients.ordinary}&limit=3`)
    expect(response.headers.get(VIOLATION_HEADER)).toBe('schema-violation')
    const body = (await response.json()) as { data: Record<string, unknown>[] }
    expect(body.data[0]).not.toHaveProperty('amount_paid')
    expect(body.data[1]).toHaveProperty('amount_paid', expect.any(Number))
    for (const invoice of body.data) expect(invoice.total).toMatch(/^\d+\.\d{2}$/)

    const invoice = db.invoices.find((inv) => inv.client_id === SEED.clients.ordinary && inv.status === 'sent')!
    const detail = (await (await get(`/invoices/${invoice.id}`)).json()) as { total: unknown; line_items: { amount: unknown }[] }
    expect(detail.total).toMatch(/^\d+\.\d{2}$/)
    expect(detail.line_items[0]?.amount).toMatch(/^\d+\.\d{2}$/)
    expect((await get(`/invoices/${invoice.id}/pdf`)).status).toBe(200)
  })
})

describe('token-expires', () => {
  it('ends an access token the given time after the server first sees it, and issues short ones on refresh', async () => {
    const tokens = issueTokens(SEED.users.ordinary) // issued for 15 minutes
    const api = apiAs(null, { token: tokens.access_token })
    enableScenario('token-expires', { ttlSeconds: 0.3 })
    expect((await api.GET('/me')).response.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 400))
    const { response, error } = await api.GET('/me')
    expect(response.status).toBe(401)
    expect(error?.error.code).toBe('token_expired')

    const refreshed = await apiAs(null).POST('/oauth/token', {
      body: { grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: 'portal' },
      bodySerializer: (body) => new URLSearchParams(body as Record<string, string>).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(refreshed.data?.expires_in).toBe(1) // 0.3 s, reported as the least whole second
  })
})

describe('empty-account', () => {
  it('gives whoever signs in empty lists, a bare client record and 404 for any id', async () => {
    const api = apiAs(SEED.users.ordinary)
    const invoice = db.invoices.find((inv) => inv.client_id === SEED.clients.ordinary && inv.status === 'sent')!
    enableScenario('empty-account')
    const query = { client_id: SEED.clients.ordinary }
    const invoices = await api.GET('/invoices', { params: { query } })
    expect(invoices.data).toMatchObject({ data: [], meta: { total: 0, total_outstanding: 0 } })
    expect((await api.GET('/projects', { params: { query } })).data).toMatchObject({ data: [], meta: { total: 0 } })
    const client = await api.GET('/clients/{client_id}', { params: { path: { client_id: SEED.clients.ordinary } } })
    expect(client.data).toMatchObject({ company: null, phone: null, address: null, outstanding_balance: 0, active_projects: 0 })
    const detail = await api.GET('/invoices/{invoice_id}', { params: { path: { invoice_id: invoice.id } } })
    expect(detail.response.status).toBe(404)
    expect((await api.GET('/invoices', { params: { query: { ...query, limit: 0 } } })).response.status).toBe(422)
  })
})

describe('large-account', () => {
  it('gives the large client 5,000 invoices, keeping the sessions already signed in', async () => {
    const api = apiAs(SEED.users.large)
    enableScenario('large-account')
    expect(db.invoices.filter((inv) => inv.client_id === SEED.clients.large)).toHaveLength(5_000)
    const { data, response } = await api.GET('/invoices', { params: { query: { client_id: SEED.clients.large, limit: 1 } } })
    expect(response.status).toBe(200)
    expect(data?.meta.total).toBeGreaterThan(4_000)
  })
})
