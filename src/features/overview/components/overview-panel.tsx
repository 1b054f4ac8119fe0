import type { MessageDescriptor } from '@lingui/core'
import { useLingui } from '@lingui/react'
import type { ReactNode } from 'react'
import { QueryBoundary } from '@/components/query-boundary'
import { Skeleton } from '@/components/ui/skeleton'

/**
 * A panel's words: its title, what is announced while it loads, and its failure's title. Each its own
 * message, so that no language has to build one from another (a lower-cased title, a verb agreeing with it).
 */
export type PanelMessages = { title: MessageDescriptor; loading: MessageDescriptor; failed: MessageDescriptor }

/** A card whose content loads and fails on its own, so one slow or failed figure never blanks the page. */
export function OverviewPanel({ messages, id, children }: { messages: PanelMessages; id: string; children: ReactNode }) {
  const { i18n } = useLingui()
  return (
    <section className="card overview-panel" aria-labelledby={id}>
      <h2 id={id}>{i18n._(messages.title)}</h2>
      <QueryBoundary loading={<Skeleton label={i18n._(messages.loading)} lines={2} />} errorTitle={i18n._(messages.failed)}>
        {children}
      </QueryBoundary>
    </section>
  )
}
