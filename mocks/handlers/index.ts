import { assetHandlers } from './assets'
import { clientHandlers } from './clients'
import { invoiceHandlers } from './invoices'
import { meHandlers } from './me'
import { projectHandlers } from './projects'

/** Every handler of the fake Nextoria API: one list for the browser worker, vitest and browser tests. */
export const handlers = [...meHandlers, ...clientHandlers, ...projectHandlers, ...invoiceHandlers, ...assetHandlers]
