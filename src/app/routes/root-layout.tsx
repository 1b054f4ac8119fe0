import type { QueryClient } from '@tanstack/react-query'
import { useSuspenseQuery } from '@tanstack/react-query'
import type { CSSProperties } from 'react'
import { NavLink, Outlet } from 'react-router-dom'
import { meQuery } from '@/features/account/api/me-query'

export const rootLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(meQuery)
  return null
}

/** The branded frame around every signed-in page. */
export function RootLayout() {
  const { data: me } = useSuspenseQuery(meQuery)
  const { workspace } = me
  const brand = { '--brand': workspace.brand_color } as CSSProperties

  return (
    <div className="shell" style={brand}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <div className="shell-brand">
          {workspace.logo_url && <img src={workspace.logo_url} alt="" width={32} height={32} />}
          <span>{workspace.name}</span>
        </div>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Overview
          </NavLink>
        </nav>
        <p className="shell-user">
          Signed in as <strong>{me.name}</strong>
        </p>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
