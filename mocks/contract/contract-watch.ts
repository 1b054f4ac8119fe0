import { server } from '../node'
import { createContract } from './openapi-contract'
import { watchMockedResponses } from './watch-mocked-responses'

/** The one watch over the vitest mock server; test setup fails any test whose mocks broke the contract. */
export const contractWatch = watchMockedResponses(server, createContract())
