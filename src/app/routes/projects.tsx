import type { QueryClient } from '@tanstack/react-query'
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { LoaderFunctionArgs } from 'react-router-dom'
import { QueryBoundary } from '@/components/query-boundary'
import { EmptyState } from '@/components/ui/empty-state'
import { Skeleton } from '@/components/ui/skeleton'
import { prefetchForClient } from '@/features/account/api/client-id'
import { meQuery } from '@/features/account/api/me-query'
import { projectQueries } from '@/features/projects/api/project-queries'
import { ProjectTable } from '@/features/projects/components/project-table'
import '@/features/projects/components/projects.css'

export const projectsLoader = (queryClient: QueryClient) => (_args: LoaderFunctionArgs) => {
  prefetchForClient(queryClient, (clientId) => void queryClient.prefetchInfiniteQuery(projectQueries.pages({ clientId })))
  return null
}

/** Announced politely as pages arrive; says nothing while everything fits on one page. */
function pagingStatus(shown: number, total: number, pages: number): string {
  if (shown < total) return `Showing ${shown} of ${total} projects`
  return pages > 1 ? `Showing all ${total} projects` : ''
}

function ProjectList() {
  const { data: me } = useSuspenseQuery(meQuery)
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } =
    useSuspenseInfiniteQuery(projectQueries.pages({ clientId: me.client_id }))
  const [focusRow, setFocusRow] = useState<number | null>(null)
  const projects = data.pages.flatMap((page) => page.data)
  const total = data.pages.at(-1)?.meta.total ?? projects.length

  if (projects.length === 0) {
    return (
      <EmptyState title="No projects yet">
        When {me.workspace.name} shares a project with you, it appears here with its status, progress,
        milestones and budget.
      </EmptyState>
    )
  }

  const showMore = () => {
    setFocusRow(projects.length)
    void fetchNextPage()
  }

  return (
    <>
      <ProjectTable projects={projects} currency={me.workspace.default_currency} focusRow={focusRow} />
      <div className="show-more">
        <p role="status" className="muted">
          {pagingStatus(projects.length, total, data.pages.length)}
        </p>
        {hasNextPage && (
          // aria-disabled, not disabled: a disabled button drops focus to the page while the next page loads.
          <button
            type="button"
            className="button-quiet"
            aria-disabled={isFetchingNextPage}
            onClick={() => !isFetchingNextPage && showMore()}
          >
            {isFetchingNextPage ? 'Loading more projects…' : 'Show more projects'}
          </button>
        )}
        {isFetchNextPageError && (
          <p role="alert">More projects could not be loaded. Check your connection and try again.</p>
        )}
      </div>
    </>
  )
}

export function ProjectsPage() {
  return (
    <>
      <div className="page-header">
        <h1>Projects</h1>
      </div>
      <QueryBoundary loading={<Skeleton label="Loading projects" />} errorTitle="Your projects could not be loaded">
        <ProjectList />
      </QueryBoundary>
    </>
  )
}
