import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router-dom'

export function NotFoundPage() {
  return (
    <>
      <h1>
        <Trans>Page not found</Trans>
      </h1>
      <p>
        <Trans>There is nothing at this address.</Trans> <Trans>It may have moved, or the link may be incomplete.</Trans>
      </p>
      <p>
        <Link to="/">
          <Trans>Go to the overview</Trans>
        </Link>
      </p>
    </>
  )
}
