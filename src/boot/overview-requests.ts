import { overviewQueries } from '@/features/overview'
import { infiniteRequest, queryRequest, type PageRequest } from './page-requests'

/**
 * Every list the overview reads, in one place: its loader prefetches them, and after a reload the boot
 * sends them before React has loaded. The three invoice lists are the ones several panels share.
 */
export const overviewRequests = (clientId: string): PageRequest[] => [
  ...overviewQueries.billed(clientId).map((query) => queryRequest(query)),
  infiniteRequest(overviewQueries.projects(clientId)),
]
