import { assetHandlers } from './assets'
import { clientHandlers } from './clients'
import { invoiceHandlers } from './invoices'
import { meHandlers } from './me'
import { oauthHandlers } from './oauth'
import { projectHandlers } from './projects'

/** Every handler of the fake Nextoria API: one list for the browser worker, vitest and browser tests. */
export const handlers = [
  ...oauthHandlers,
  ...meHandlers,
  ...clientHandlers,
  ...projectHandlers,
  ...invoiceHandlers,
  ...assetHandlers,
]
