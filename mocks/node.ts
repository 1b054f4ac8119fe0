import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** The fake API for Node: vitest, and any script that needs it. */
export const server = setupServer(...handlers)
