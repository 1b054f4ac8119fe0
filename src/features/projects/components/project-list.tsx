import { useState } from 'react'
import { EmptyState } from '@/components/ui/empty-state'
import { usePrefetchedInfiniteQuery } from '@/lib/api/prefetched-query'
import { projectQueries } from '../api/project-queries'
import { ProjectTable } from './project-table'

type Props = { clientId: string; agencyName: string; currency: string }

/** Announced politely as pages arrive; says nothing while everything fits on one page. */
function pagingStatus(shown: number, total: number, pages: number): string {
  if (shown < total) return `Showing ${shown} of ${total} projects`
  return pages > 1 ? `Showing all ${total} projects` : ''
}

/** The client's projects, a page at a time, with "Show more" while the API has more. */
export function ProjectList({ clientId, agencyName, currency }: Props) {
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } = usePrefetchedInfiniteQuery(
    projectQueries.pages({ clientId }),
  )
  const [focusRow, setFocusRow] = useState<number | null>(null)
  const { projects, total, pageCount } = data

  if (projects.length === 0 && !hasNextPage) {
    return (
      <EmptyState title="No projects yet">
        When {agencyName} shares a project with you, it appears here with its status, progress, milestones
        and budget.
      </EmptyState>
    )
  }

  const showMore = () => {
    setFocusRow(projects.length)
    void fetchNextPage()
  }

  return (
    <>
      <ProjectTable projects={projects} currency={currency} focusRow={focusRow} />
      <div className="show-more">
        <p role="status" className="muted">
          {pagingStatus(projects.length, total, pageCount)}
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
