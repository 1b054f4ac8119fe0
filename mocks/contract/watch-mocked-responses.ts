import type { SetupServer } from 'msw/node'
import { FUTURE_INVOICE_FIELDS } from '../future-fields'
import { isDeclaredViolation, VIOLATION_HEADER } from '../scenarios/violation'
import type { Contract } from './openapi-contract'

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text()
  if (text === '') return null
  if (!response.headers.get('Content-Type')?.includes('json')) return text
  try {
    return JSON.parse(text) as unknown
  } catch {
    return { __unparseable_json__: text.slice(0, 80) }
  }
}

const FUTURE = new Set<string>(FUTURE_INVOICE_FIELDS)

/** The body without the fields the fake adds on purpose as a newer API would (mocks/future-fields.ts). */
function withoutFutureFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFutureFields)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).filter(([key]) => !FUTURE.has(key)).map(([key, v]) => [key, withoutFutureFields(v)]))
}

/**
 * Checks every answer the fake API sends against openapi.yaml as it happens. Checks run in the
 * background; `takeViolations` waits for them and hands over what they found (and forgets it).
 */
export function watchMockedResponses(server: SetupServer, contract: Contract) {
  const pending: Promise<string[]>[] = []

  server.events.on('response:mocked', ({ request, response }) => {
    // Marked by a scenario that breaks the contract on purpose (mocks/scenarios/violation.ts); a mark
    // naming anything else is itself a finding, and the answer is still checked.
    const mark = response.headers.get(VIOLATION_HEADER)
    if (isDeclaredViolation(mark)) return
    if (mark !== null) {
      pending.push(Promise.resolve([`${request.method} ${request.url}: ${VIOLATION_HEADER} names no contract-breaking scenario: ${mark}`]))
    }
    pending.push(
      readBody(response.clone()).then((body) =>
        contract.validateResponse({
          method: request.method,
          url: request.url,
          status: response.status,
          contentType: response.headers.get('Content-Type'),
          body: withoutFutureFields(body),
        }),
      ),
    )
  })

  return {
    async takeViolations(): Promise<string[]> {
      const results = await Promise.all(pending.splice(0))
      return results.flat()
    },
  }
}
