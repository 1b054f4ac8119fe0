import { Trans } from '@lingui/react/macro'

/** "Reference: req_…": the API's request id, for the client to quote to support. Nothing when there is none. */
export function RequestReference({ requestId }: { requestId: string | null }) {
  if (!requestId) return null
  return (
    <p className="muted">
      <Trans>
        Reference: <bdi>{requestId}</bdi>
      </Trans>
    </p>
  )
}
