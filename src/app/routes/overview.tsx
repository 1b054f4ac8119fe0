import type { QueryClient } from '@tanstack/react-query'
import { meQuery, prefetchForClient } from '@/features/account'
import { OverviewDashboard, overviewQueries } from '@/features/overview'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { localToday } from '@/lib/format/date'

/**
 * Every query of the page starts here at once, beside the shell's `/me`: one round of parallel
 * requests, no waterfall (the three invoice lists are the same ones several panels read).
 */
export const overviewLoader = (queryClient: QueryClient) => () => {
  prefetchForClient(queryClient, (clientId) => {
    for (const query of overviewQueries.billed(clientId)) void queryClient.prefetchQuery(query)
    void queryClient.prefetchInfiniteQuery(overviewQueries.projects(clientId))
  })
  return null
}

export function OverviewPage() {
  const clientId = usePrefetchedQuery(meQuery).data.client_id
  return (
    <>
      <h1>Overview</h1>
      <OverviewDashboard clientId={clientId} today={localToday()} />
    </>
  )
}
