import { msg } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import type { QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { NavLink, Outlet, redirect, type LoaderFunctionArgs } from 'react-router-dom'
import { LanguageMenu } from '@/components/language-menu'
import { RefreshStatusBanner } from '@/components/refresh-status-banner'
import { ThemeSwitch } from '@/components/theme-switch'
import { meQuery } from '@/features/account'
import { isApiError } from '@/lib/api/api-error'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { signInPath } from '@/lib/auth/return-path'
import { session } from '@/lib/auth/session'
import { brandStyle } from '../brand-style'
import { useTabIcon } from '../tab-icon'
import '../../print.css'

/** The shell needs who is signed in; a session the server no longer honours means signing in again. */
export const rootLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url)
    const here = url.pathname + url.search
    try {
      await queryClient.ensureQueryData(meQuery)
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        // Still 401 after the client's refresh and retry, yet signed in: the server refuses fresh tokens.
        // Ending the session here is what keeps the sign-in page from sending the client straight back.
        if (!session.isSignedIn()) throw redirect(signInPath(here, 'expired'))
        void session.endRefused()
        throw redirect(signInPath(here, 'access_ended'))
      }
      throw error
    }
    return null
  }

const NAV = [
  { to: '/', label: msg`Overview`, end: true },
  { to: '/projects', label: msg`Projects`, end: false },
  { to: '/invoices', label: msg`Invoices`, end: false },
  { to: '/account', label: msg`Account`, end: false },
]

/** The branded frame around every signed-in page. */
export function RootLayout() {
  const { i18n, t } = useLingui()
  const { data: me } = usePrefetchedQuery(meQuery)
  const { workspace, name } = me
  const workspaceName = workspace.name
  const title = t`${workspaceName} · Client portal`

  useEffect(() => {
    document.title = title
  }, [title])
  useTabIcon(workspace.logo_url)

  return (
    <div className="shell" style={brandStyle(workspace)}>
      <a className="skip-link" href="#main">
        <Trans>Skip to content</Trans>
      </a>
      <header className="shell-header">
        <div className="shell-brand">
          {workspace.logo_url && <img src={workspace.logo_url} alt="" width={32} height={32} />}
          <span>{workspace.name}</span>
        </div>
        <nav aria-label={t({ message: 'Main', comment: 'The name of the main navigation, as a screen reader announces it' })} className="shell-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {i18n._(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell-user">
          {/* The device's display preferences come first. */}
          <LanguageMenu />
          <ThemeSwitch />
          <div className="shell-session">
            <span>
              <Trans>
                Signed in as <strong><bdi>{name}</bdi></strong>
              </Trans>
            </span>
            <button type="button" className="button-quiet" onClick={() => void session.signOut()}>
              <Trans>Sign out</Trans>
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <RefreshStatusBanner />
        <Outlet />
      </main>
    </div>
  )
}
