import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '@/lib/api/client'
import { session } from '@/lib/auth/session'
import { unwrap } from '@/lib/api/unwrap'

/** The signed-in client and the agency whose portal this is; changes rarely. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async ({ signal }) => {
    const me = await unwrap(apiClient.GET('/me', { signal }))
    session.rememberClientId(me.client_id)
    return me
  },
  staleTime: 5 * 60_000,
})
