import { Trans } from '@lingui/react/macro'
import type { QueryClient } from '@tanstack/react-query'
import { overviewRequests } from '@/boot/overview-requests'
import { meQuery, prefetchForClient } from '@/features/account'
import { OverviewDashboard } from '@/features/overview'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { localToday } from '@/lib/format/date'

/**
 * Every query of the page starts here at once, beside the shell's `/me`: one round of parallel
 * requests, no waterfall. After a reload the boot has sent them already (src/boot/early-requests.ts)
 * and the cache adopted them, so these prefetches join those requests rather than send their own.
 */
export const overviewLoader = (queryClient: QueryClient) => () => {
  prefetchForClient(queryClient, (clientId) => {
    for (const request of overviewRequests(clientId)) request.prefetch(queryClient)
  })
  return null
}

export function OverviewPage() {
  const clientId = usePrefetchedQuery(meQuery).data.client_id
  return (
    <>
      <h1>
        <Trans>Overview</Trans>
      </h1>
      <OverviewDashboard clientId={clientId} today={localToday()} />
    </>
  )
}
