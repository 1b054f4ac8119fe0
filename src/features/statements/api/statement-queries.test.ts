import { QueryClient } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { http as untypedHttp, HttpResponse } from 'msw'
import { server } from '../../../../mocks/node'
import { SEED } from '../../../../mocks/seed'
import { localToday } from '@/lib/format/date'
import { signInAs } from '@/test/sign-in-as'
import { statementQueries } from './statement-queries'
import { statementProgressKey, useStatementProgress } from './statement-progress'

const clientId = SEED.clients.ordinary
const to = localToday()

/** The count the page would show for this statement, as it is told. */
function watchProgress() {
  return renderHook(() => useStatementProgress(statementProgressKey(clientId, to))).result
}

/** Payment-date lookups that wait until the test lets them go, then answer as `answer` says (or as the fake API does). */
function holdDetails(answer?: () => Response) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  server.use(
    untypedHttp.get('*/v1/invoices/:invoiceId', async () => {
      await released
      return answer?.()
    }),
  )
  return release
}

describe('the statement’s count of payment-date lookups', () => {
  it('is shown while they run and gone once the statement is ready', async () => {
    signInAs(SEED.users.ordinary)
    const release = holdDetails()
    const progress = watchProgress()
    const queryClient = new QueryClient()
    const ledger = queryClient.fetchQuery(statementQueries.ledger(queryClient, clientId, to))
    await waitFor(() => expect(progress.current?.done).toBe(0))
    release()
    await ledger
    await waitFor(() => expect(progress.current).toBeNull())
  })

  it('is gone when a lookup fails, so a second try does not start from the first one’s count', async () => {
    signInAs(SEED.users.ordinary)
    const release = holdDetails(() => HttpResponse.json({ error: { code: 'server_error', message: 'down' } }, { status: 500 }))
    const progress = watchProgress()
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const ledger = queryClient.fetchQuery(statementQueries.ledger(queryClient, clientId, to))
    await waitFor(() => expect(progress.current).not.toBeNull())
    release()
    await expect(ledger).rejects.toThrow()
    await waitFor(() => expect(progress.current).toBeNull())
  })
})
