/** Shown while a page's first data loads; announced politely so screen-reader users know to wait. */
export function PageLoading() {
  return (
    <p role="status" className="page-loading">
      Loading…
    </p>
  )
}
