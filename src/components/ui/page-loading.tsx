import { Trans } from '@lingui/react/macro'

/** Shown while a page's first data loads; announced politely so screen-reader users know to wait. */
export function PageLoading() {
  return (
    <p role="status" className="page-loading">
      <Trans>Loading…</Trans>
    </p>
  )
}
