import { server } from '../../mocks/node'

/** The invoice id of every invoice detail asked of the fake API (`GET /v1/invoices/{id}`) in this test, in order. */
export function recordInvoiceLookups(): string[] {
  const asked: string[] = []
  const listener = ({ request }: { request: Request }) => {
    const match = /\/v1\/invoices\/([^/]+)$/.exec(new URL(request.url).pathname)
    if (match) asked.push(decodeURIComponent(match[1]!))
  }
  server.events.on('request:start', listener)
  onTestFinished(() => server.events.removeListener('request:start', listener))
  return asked
}
