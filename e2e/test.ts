import { test as base, expect, type Response } from '@playwright/test'

export type ApiFlavour = 'documented' | 'extensions'

/** The tab's mock scenario, as `?scenario=` would remember it (mocks/scenarios/scenario-choice.ts). */
const SCENARIO_KEY = 'nextoria.mock-scenario'

const carriesTotals = async (response: Response) => {
  const body = (await response.json().catch(() => null)) as { meta?: { totals_by_currency?: unknown } } | null
  return body?.meta?.totals_by_currency !== undefined
}

/**
 * Every browser test, on the fake API as documented (the default) or, in the `*-extensions` projects,
 * with the portal's inferred extensions on (mocks/scenarios/api-extensions.ts). A run with the
 * extensions that never met one would prove nothing, so it checks that the invoice lists carried them.
 */
export const test = base.extend<{ apiFlavour: ApiFlavour; withApiFlavour: void }>({
  apiFlavour: ['documented', { option: true }],
  withApiFlavour: [
    async ({ apiFlavour, context }, use) => {
      const lists: Response[] = []
      if (apiFlavour === 'extensions') {
        await context.addInitScript(
          ([key, value]) => window.sessionStorage.setItem(key, value),
          [SCENARIO_KEY, 'api-extensions'] as const,
        )
        context.on('response', (response) => {
          if (/\/v1\/invoices\?/.test(response.url()) && response.ok()) lists.push(response)
        })
      }
      await use()
      if (lists.length > 0) expect(await Promise.all(lists.map(carriesTotals))).toContain(true)
    },
    { auto: true },
  ],
})

export { expect }
