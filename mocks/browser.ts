import { http as untypedHttp, HttpResponse } from 'msw'
import { setupWorker } from 'msw/browser'
import { mountDevPanel } from './dev-panel/dev-panel'
import { routePaymentsToFakeCheckout } from './fake-checkout'
import { handlers } from './handlers'
import { API_PREFIX } from './http'
import { startScenario } from './scenarios'
import { readScenarioChoice } from './scenarios/scenario-choice'
import { restoreServerState, saveServerState } from './server-state-storage'

/**
 * The service worker answers even when the browser has no network (DevTools' "Offline", Playwright's
 * `setOffline`), which a real API never would: with no network, every API call fails to connect.
 */
const unreachableWhenOffline = untypedHttp.all(`${API_PREFIX}/*`, () => (navigator.onLine ? undefined : HttpResponse.error()))

/** Runs before the fake API's handlers and answers nothing: it only brings in what other tabs changed. */
const syncFromOtherTabs = untypedHttp.all(`${API_PREFIX}/*`, () => {
  restoreServerState()
})

export const worker = setupWorker(unreachableWhenOffline, syncFromOtherTabs, ...handlers)

/**
 * Starts the service worker; the app's own files and Vite's requests pass through untouched. A fault
 * scenario chosen with `?scenario=<name>` (remembered for the tab) goes in front of the fake API's
 * handlers, after the two above, so it sees the other tabs' sessions too.
 */
export async function startMockApi(): Promise<void> {
  const scenarioName = readScenarioChoice(window.location, sessionStorage)
  const scenario = scenarioName ? startScenario(scenarioName) : null
  restoreServerState()
  routePaymentsToFakeCheckout(new URL('/mocks/checkout/checkout.html', window.location.origin).href)
  if (scenario) worker.resetHandlers(unreachableWhenOffline, syncFromOtherTabs, ...scenario.handlers, ...handlers)
  worker.events.on('response:mocked', saveServerState)
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
  mountDevPanel(scenarioName)
}
