import type { RequestHandler } from 'msw'

/**
 * A named fault: msw handlers that run before the fake API's own (so they override or delay them),
 * plus what the handlers alone cannot do. The same definition serves vitest (`enableScenario`) and
 * `npm run dev` (`?scenario=<name>`, or the developer panel).
 */
export type Scenario<Options = Record<string, never>> = {
  /** One line for the developer panel and the README. */
  summary: string
  /** Fresh handlers, with fresh state (counters), each time the scenario starts. */
  handlers: (options: Partial<Options>) => RequestHandler[]
  /** Changes to the fake server's data, made before the first request. */
  prepare?: (options: Partial<Options>) => void
  /** Tells the page what handlers cannot (the network is gone); answers how to undo it. */
  enter?: () => () => void
}
