import { isScenarioName, type ScenarioName } from '.'

export const SCENARIO_PARAM = 'scenario'
const STORAGE_KEY = 'nextoria.mock-scenario'

/**
 * The scenario for this tab in `npm run dev`: `?scenario=<name>` chooses one, `?scenario=none` clears
 * it, and the choice is remembered in sessionStorage (per tab) so it survives the trip through the
 * sign-in page and back. The parameter is taken out of the address, so the app's routes never see it.
 */
export function readScenarioChoice(location: Location, storage: Storage): ScenarioName | null {
  const url = new URL(location.href)
  const asked = url.searchParams.get(SCENARIO_PARAM)
  if (asked !== null) {
    if (isScenarioName(asked)) storage.setItem(STORAGE_KEY, asked)
    else storage.removeItem(STORAGE_KEY)
    if (!isScenarioName(asked) && asked !== 'none') console.warn(`Unknown mock scenario "${asked}"; running without one.`)
    url.searchParams.delete(SCENARIO_PARAM)
    history.replaceState(history.state, '', url.pathname + url.search + url.hash)
  }
  const stored = storage.getItem(STORAGE_KEY)
  return isScenarioName(stored) ? stored : null
}

/** Where to go to run the current page under another scenario (or none). */
export function addressWithScenario(location: Location, name: ScenarioName | null): string {
  const url = new URL(location.href)
  url.searchParams.set(SCENARIO_PARAM, name ?? 'none')
  return url.pathname + url.search + url.hash
}
