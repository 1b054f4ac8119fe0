import { queryOptions } from '@tanstack/react-query'
import { apiClient } from '@/lib/api/client'
import { unwrap } from '@/lib/api/unwrap'

/** The signed-in client's own record (the only one its token reaches). */
export const clientQuery = (clientId: string) =>
  queryOptions({
    queryKey: ['client', clientId],
    queryFn: ({ signal }) => unwrap(apiClient.GET('/clients/{client_id}', { params: { path: { client_id: clientId } }, signal })),
  })
