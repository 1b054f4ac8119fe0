import { Link } from 'react-router-dom'

export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be incomplete.</p>
      <p>
        <Link to="/">Go to the overview</Link>
      </p>
    </>
  )
}
