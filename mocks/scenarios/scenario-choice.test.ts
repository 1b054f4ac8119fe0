import { addressWithScenario, readScenarioChoice } from './scenario-choice'

const visit = (address: string) => history.replaceState(null, '', address)

describe('choosing a scenario in the browser', () => {
  afterEach(() => visit('/'))

  it('takes ?scenario=<name> out of the address and remembers it for the tab', () => {
    visit('/invoices?status=paid&scenario=slow#top')
    expect(readScenarioChoice(window.location, sessionStorage)).toBe('slow')
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/invoices?status=paid#top')

    // Later pages of the same tab (the sign-in round trip) carry no parameter.
    visit('/auth/callback?code=abc&state=xyz')
    expect(readScenarioChoice(window.location, sessionStorage)).toBe('slow')
    expect(window.location.search).toBe('?code=abc&state=xyz')
  })

  it('forgets it with ?scenario=none, and on a name it does not know (saying so)', () => {
    visit('/?scenario=flaky')
    readScenarioChoice(window.location, sessionStorage)
    visit('/?scenario=none')
    expect(readScenarioChoice(window.location, sessionStorage)).toBeNull()

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    visit('/?scenario=flaky')
    readScenarioChoice(window.location, sessionStorage)
    visit('/?scenario=flakey')
    expect(readScenarioChoice(window.location, sessionStorage)).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('flakey'))
    expect(window.location.search).toBe('')
  })

  it('builds the address that reloads this page under another scenario, or none', () => {
    visit('/invoices?status=paid')
    expect(addressWithScenario(window.location, 'offline')).toBe('/invoices?status=paid&scenario=offline')
    expect(addressWithScenario(window.location, null)).toBe('/invoices?status=paid&scenario=none')
  })
})
