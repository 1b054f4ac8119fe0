import { plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useState } from 'react'
import { EmptyState } from '@/components/ui/empty-state'
import { usePrefetchedInfiniteQuery } from '@/lib/api/prefetched-query'
import { displayLocale } from '@/lib/format/display-locale'
import { projectQueries } from '../api/project-queries'
import { ProjectTable } from './project-table'

type Props = { clientId: string; agencyName: string; currency: string }

/** Announced politely as pages arrive; says nothing while everything fits on one page. */
function pagingStatus(shownCount: number, total: number, pages: number): string {
  const shown = new Intl.NumberFormat(displayLocale()).format(shownCount)
  if (shownCount < total) return plural(total, { one: `Showing ${shown} of # project`, other: `Showing ${shown} of # projects` })
  return pages > 1 ? plural(total, { one: 'Showing all # project', other: 'Showing all # projects' }) : ''
}

/** The client's projects, a page at a time, with "Show more" while the API has more. */
export function ProjectList({ clientId, agencyName, currency }: Props) {
  const { t } = useLingui()
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } = usePrefetchedInfiniteQuery(
    projectQueries.pages({ clientId }),
  )
  const [focusRow, setFocusRow] = useState<number | null>(null)
  const { projects, total, pageCount } = data

  if (projects.length === 0 && !hasNextPage) {
    return (
      <EmptyState title={t`No projects yet`}>
        <Trans>
          When {agencyName} shares a project with you, it appears here with its status, progress, milestones
          and budget.
        </Trans>
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
            {isFetchingNextPage ? t`Loading more projects…` : t`Show more projects`}
          </button>
        )}
        {isFetchNextPageError && (
          <p role="alert">
            <Trans>More projects could not be loaded. Check your connection and try again.</Trans>
          </p>
        )}
      </div>
    </>
  )
}
