import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { invoiceQueries } from '@/features/invoices'
import { apiClient } from '@/lib/api/client'
import type { Project, ProjectStatus } from '@/lib/api/types'
import { unwrap } from '@/lib/api/unwrap'

/** A client's token names its client on every list: the docs do not promise a list scoped by the token. */
export type ProjectListFilters = { clientId: string; status?: ProjectStatus }

/** The API's largest page: a client's projects nearly always fit in one, and "Show more" covers the rest. */
const PROJECT_PAGE_SIZE = 100

const fetchProjectPage = ({ clientId, status }: ProjectListFilters, cursor: string | undefined, signal: AbortSignal) =>
  unwrap(
    apiClient.GET('/projects', {
      params: { query: { client_id: clientId, limit: PROJECT_PAGE_SIZE, ...(status && { status }), ...(cursor && { cursor }) } },
      signal,
    }),
  )

/** Each project once, in the order the pages gave them: cursor pages overlap when projects arrive between two requests. */
function eachOnce(projects: Project[]): Project[] {
  const seen = new Set<string>()
  return projects.filter((project) => !seen.has(project.id) && Boolean(seen.add(project.id)))
}

/** Query keys nest under `['projects']`, so one invalidation refreshes every project view. */
export const projectQueries = {
  all: () => ['projects'] as const,

  /** The list a page at a time, one `meta.next_cursor` after another; the first page needs no cursor. */
  pages: (filters: ProjectListFilters) =>
    infiniteQueryOptions({
      queryKey: [...projectQueries.all(), 'pages', filters] as const,
      queryFn: ({ signal, pageParam }) => fetchProjectPage(filters, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.meta.next_cursor ?? undefined,
      select: (data) => {
        const projects = eachOnce(data.pages.flatMap((page) => page.data))
        // The last page's count is the newest; it can only be below what is shown if projects went away.
        return { projects, total: Math.max(data.pages.at(-1)?.meta.total ?? 0, projects.length), pageCount: data.pages.length }
      },
    }),

  detail: (projectId: string) =>
    queryOptions({
      queryKey: [...projectQueries.all(), 'detail', projectId] as const,
      queryFn: ({ signal }) =>
        unwrap(apiClient.GET('/projects/{project_id}', { params: { path: { project_id: projectId } }, signal })),
    }),

  /** The project's invoices: the invoice feature's own query, so a payment's refresh reaches it too. */
  invoices: (clientId: string, projectId: string) => invoiceQueries.every({ clientId, projectId }),

  milestones: (projectId: string) =>
    queryOptions({
      queryKey: [...projectQueries.all(), 'milestones', projectId] as const,
      queryFn: ({ signal }) =>
        unwrap(apiClient.GET('/projects/{project_id}/milestones', { params: { path: { project_id: projectId } }, signal })),
    }),
}
