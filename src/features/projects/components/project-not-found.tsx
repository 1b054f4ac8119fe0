import { Link } from 'react-router-dom'

/** Unknown ids and other clients' projects look the same: the API answers 404 for both, on purpose. */
export function ProjectNotFound() {
  return (
    <>
      <h1>Project not found</h1>
      <p>There is no project at this address, or it has not been shared with you.</p>
      <p>
        <Link to="/projects">Back to projects</Link>
      </p>
    </>
  )
}
