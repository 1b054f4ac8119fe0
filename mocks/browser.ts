import { http as untypedHttp } from 'msw'
import { setupWorker } from 'msw/browser'
import { routePaymentsToFakeCheckout } from './fake-checkout'
import { handlers } from './handlers'
import { API_PREFIX } from './http'
import { restoreServerState, saveServerState } from './server-state-storage'

/** Runs first for every API request and answers nothing: it only brings in what other tabs changed. */
const syncFromOtherTabs = untypedHttp.all(`${API_PREFIX}/*`, () => {
  restoreServerState()
})

export const worker = setupWorker(syncFromOtherTabs, ...handlers)

/** Starts the service worker; the app's own files and Vite's requests pass through untouched. */
export async function startMockApi(): Promise<void> {
  restoreServerState()
  routePaymentsToFakeCheckout(new URL('/mocks/checkout/checkout.html', window.location.origin).href)
  worker.events.on('response:mocked', saveServerState)
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
}
