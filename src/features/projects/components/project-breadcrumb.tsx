import { Link } from 'react-router-dom'
import './projects.css'

export function ProjectBreadcrumb({ name }: { name: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        <li>
          <Link to="/projects">Projects</Link>
        </li>
        <li>
          <span aria-current="page" className="break-anywhere" dir="auto">
            {name}
          </span>
        </li>
      </ol>
    </nav>
  )
}
