import type { ReactNode } from 'react'
import { QueryBoundary } from '@/components/query-boundary'
import { Skeleton } from '@/components/ui/skeleton'

/** A card whose content loads and fails on its own, so one slow or failed figure never blanks the page. */
export function OverviewPanel({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section className="card overview-panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <QueryBoundary loading={<Skeleton label={`Loading ${title.toLowerCase()}`} lines={2} />} errorTitle={`${title} could not be loaded`}>
        {children}
      </QueryBoundary>
    </section>
  )
}
