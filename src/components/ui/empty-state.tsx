import type { ReactNode } from 'react'

/** Nothing to show yet: says so, and what will appear here, rather than an empty box. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{title}</p>
      {children && <div className="muted">{children}</div>}
    </div>
  )
}
