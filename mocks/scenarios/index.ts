import type { RequestHandler } from 'msw'
import { emptyAccount, largeAccount } from './accounts'
import { apiExtensions } from './api-extensions'
import { malformedJson, schemaViolation } from './broken-responses'
import { flaky, offline, slow } from './network'
import { failingEndpoint, rateLimited } from './server-errors'
import { tokenExpires } from './session'
import type { Scenario } from './types'

/** Every fault scenario by name, in the order the developer panel lists them. */
export const SCENARIOS = {
  slow,
  flaky,
  'rate-limited': rateLimited,
  'failing-endpoint': failingEndpoint,
  offline,
  'malformed-json': malformedJson,
  'schema-violation': schemaViolation,
  'token-expires': tokenExpires,
  'empty-account': emptyAccount,
  'large-account': largeAccount,
  'api-extensions': apiExtensions,
} as const

export type ScenarioName = keyof typeof SCENARIOS

export type ScenarioOptions<Name extends ScenarioName> =
  (typeof SCENARIOS)[Name] extends Scenario<infer Options> ? Partial<Options> : never

export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[]

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && Object.hasOwn(SCENARIOS, value)
}

/** A running scenario: its handlers (put them before the fake API's own) and how to end it. */
export type StartedScenario = { handlers: RequestHandler[]; leave: () => void }

/**
 * Prepares the fake server's data, tells the page what it must know, and answers the handlers. The
 * caller installs them: `server.use` in vitest, the worker's handler list in the browser.
 */
export function startScenario<Name extends ScenarioName>(name: Name, options?: ScenarioOptions<Name>): StartedScenario {
  const scenario = SCENARIOS[name] as Scenario<Record<string, unknown>>
  scenario.prepare?.(options ?? {})
  const handlers = scenario.handlers(options ?? {})
  const leave = scenario.enter?.() ?? (() => undefined)
  return { handlers, leave }
}

/** Just the handlers, for a test that installs them itself. */
export function scenarioHandlers<Name extends ScenarioName>(name: Name, options?: ScenarioOptions<Name>): RequestHandler[] {
  return (SCENARIOS[name] as Scenario<Record<string, unknown>>).handlers(options ?? {})
}
