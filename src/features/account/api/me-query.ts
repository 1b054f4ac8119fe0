import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '@/lib/api/client'
import { unwrap } from '@/lib/api/unwrap'

/** The signed-in client and the agency whose portal this is; changes rarely. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: ({ signal }) => unwrap(apiClient.GET('/me', { signal })),
  staleTime: 5 * 60_000,
})
