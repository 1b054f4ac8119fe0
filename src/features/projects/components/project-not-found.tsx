import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router-dom'

/** Unknown ids and other clients' projects look the same: the API answers 404 for both, on purpose. */
export function ProjectNotFound() {
  return (
    <>
      <h1>
        <Trans>Project not found</Trans>
      </h1>
      <p>
        <Trans>There is no project at this address, or it has not been shared with you.</Trans>
      </p>
      <p>
        <Link to="/projects">
          <Trans>Back to projects</Trans>
        </Link>
      </p>
    </>
  )
}
