import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { contractWatch } from '../../mocks/contract/contract-watch'
import { resetDb } from '../../mocks/db'
import { server } from '../../mocks/node'
import { accessToken } from '@/lib/api/access-token'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))

beforeEach(() => {
  resetDb()
  accessToken.set(null)
})

afterEach(async () => {
  cleanup()
  server.resetHandlers()
  const violations = await contractWatch.takeViolations()
  if (violations.length > 0) {
    throw new Error(`The fake API answered outside openapi.yaml:\n  ${violations.join('\n  ')}`)
  }
})

afterAll(() => server.close())
