import '@testing-library/jest-dom/vitest'
import { Buffer } from 'node:buffer'
import { cleanup, configure } from '@testing-library/react'
import { contractWatch } from '../../mocks/contract/contract-watch'
import { resetDb } from '../../mocks/db'
import { server } from '../../mocks/node'
import { session } from '@/lib/auth/session'
import { activateLocale } from '@/lib/i18n/i18n'

/*
 * vitest's jsdom environment puts jsdom's ArrayBuffer and Uint8Array on the global, while Node's
 * TextEncoder and WebCrypto still answer Node's: `instanceof` then fails across the two, and
 * oauth4webapi (PKCE, base64url) breaks. Node's own constructors make both sides agree again.
 */
const nodeUint8Array = (Object.getPrototypeOf(Buffer.prototype) as Uint8Array).constructor as Uint8ArrayConstructor
globalThis.Uint8Array = nodeUint8Array
globalThis.ArrayBuffer = Buffer.alloc(1).buffer.constructor as ArrayBufferConstructor

/*
 * React reports every error an error boundary catches. The API layer's own errors (ApiError,
 * InvalidResponseError) are what the failure tests provoke and then assert on screen, so their
 * reports are only noise that buries a real failure's output; anything else is still printed.
 */
const reportError = console.error.bind(console)
const API_ERRORS = new Set(['ApiError', 'InvalidResponseError'])
console.error = (...args: unknown[]) => {
  if (args.some((arg) => arg instanceof Error && API_ERRORS.has(arg.name))) return
  reportError(...args)
}

// Lazy route chunks are transformed on first use; a cold CI machine needs more than the default 1 s.
configure({ asyncUtilTimeout: 5_000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))

beforeEach(async () => {
  // Every test starts in English, as jsdom's browser (en-US) would; a test that picks a language picks it itself.
  await activateLocale('en')
  resetDb()
  session.reset()
  sessionStorage.clear()
  // eslint-disable-next-line no-restricted-syntax -- each test starts from empty storage
  localStorage.clear()
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
