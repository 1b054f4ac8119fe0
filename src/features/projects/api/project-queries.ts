import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { apiClient } from '@/lib/api/client'
import type { ProjectStatus } from '@/lib/api/types'
import { unwrap } from '@/lib/api/unwrap'

export type ProjectListFilters = { status?: ProjectStatus; limit?: number; cursor?: string }

const fetchProjectPage = (filters: ProjectListFilters, signal: AbortSignal) =>
  unwrap(apiClient.GET('/projects', { params: { query: filters }, signal }))

/** Query keys nest under `['projects']`, so one invalidation refreshes every project view. */
export const projectQueries = {
  all: () => ['projects'] as const,

  list: (filters: ProjectListFilters = {}) =>
    queryOptions({
      queryKey: [...projectQueries.all(), 'list', filters] as const,
      queryFn: ({ signal }) => fetchProjectPage(filters, signal),
    }),

  /** Every page of the list, one `meta.next_cursor` after another; the first page needs no cursor. */
  pages: (filters: Omit<ProjectListFilters, 'cursor'> = {}) =>
    infiniteQueryOptions({
      queryKey: [...projectQueries.all(), 'pages', filters] as const,
      queryFn: ({ signal, pageParam }) =>
        fetchProjectPage(pageParam === undefined ? filters : { ...filters, cursor: pageParam }, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.meta.next_cursor ?? undefined,
    }),

  detail: (projectId: string) =>
    queryOptions({
      queryKey: [...projectQueries.all(), 'detail', projectId] as const,
      queryFn: ({ signal }) =>
        unwrap(apiClient.GET('/projects/{project_id}', { params: { path: { project_id: projectId } }, signal })),
    }),

  milestones: (projectId: string) =>
    queryOptions({
      queryKey: [...projectQueries.all(), 'milestones', projectId] as const,
      queryFn: ({ signal }) =>
        unwrap(apiClient.GET('/projects/{project_id}/milestones', { params: { path: { project_id: projectId } }, signal })),
    }),
}
