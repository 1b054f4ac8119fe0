/*
 * A few scenarios answer outside openapi.yaml on purpose, to prove the portal survives a server that
 * breaks its contract. They mark each such answer with this header, naming themselves, and the
 * contract check in tests skips exactly those; any other departure still fails the test.
 */
export const VIOLATION_HEADER = 'X-Mock-Scenario-Violation'

export const CONTRACT_BREAKING_SCENARIOS = [
  'malformed-json',
  'schema-violation',
  // Not a scenario of its own: the mark src/app/brand-colour.test.tsx puts on a `/me` whose
  // workspace.brand_color breaks the spec's `#rrggbb` pattern, to prove the shell still renders.
  'malformed-brand-color',
  // Not a scenario of its own: the mark src/app/untrusted-values.test.tsx puts on answers carrying
  // values outside the spec (an unknown status, a date that is not one, a currency like `US$`, a
  // negative task count), to prove each degrades to a neutral display rather than a broken page.
  'untrusted-values',
] as const

export type ContractBreakingScenario = (typeof CONTRACT_BREAKING_SCENARIOS)[number]

export function violationHeaders(scenario: ContractBreakingScenario): Record<string, string> {
  return { [VIOLATION_HEADER]: scenario }
}

/** Whether a header value names a scenario allowed to break the contract. */
export function isDeclaredViolation(headerValue: string | null): boolean {
  return CONTRACT_BREAKING_SCENARIOS.some((name) => name === headerValue)
}
