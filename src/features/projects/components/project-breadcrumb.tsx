import { Trans, useLingui } from '@lingui/react/macro'
import { Link } from 'react-router-dom'
import './projects.css'

export function ProjectBreadcrumb({ name }: { name: string }) {
  const { t } = useLingui()
  return (
    <nav aria-label={t`Breadcrumb`} className="breadcrumb">
      <ol>
        <li>
          <Link to="/projects">
            <Trans>Projects</Trans>
          </Link>
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
