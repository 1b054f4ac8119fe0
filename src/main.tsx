import { startEarlyRequests } from '@/boot/early-requests'
import { startPageCode } from '@/boot/page-code'
import { markShell } from '@/boot/shell'
import { session } from '@/lib/auth/session'
import { loadCatalog } from '@/lib/i18n/catalog-loaders'
import { negotiateLocale } from '@/lib/i18n/locales'
import { readLanguagePreference } from '@/lib/preferences/device-preference'
import './styles.css'

/*
 * The portal's entry, kept small so that it runs early: React, the router and React Query are in the
 * chunk it imports last (src/boot/start-app.tsx), which index.html preloads beside it. Before that
 * chunk has even arrived, this fits the static shell to the page, sends the page's first requests and,
 * on a deep link, starts the download of that page's code.
 *
 * The mock worker must be running before any request leaves. The check is on the literal env value so
 * that a build with mocking off drops the import entirely.
 */
async function startMockApiIfEnabled(): Promise<void> {
  if (import.meta.env.VITE_API_MOCKING !== 'on') return
  const { startMockApi } = await import('../mocks/browser')
  await startMockApi()
}

async function boot(): Promise<void> {
  const path = window.location.pathname
  markShell(path, session.isSignedIn())
  await startMockApiIfEnabled()
  const early = startEarlyRequests(path)
  startPageCode(path)
  // A language other than English: its catalog is fetched beside the app, not after it.
  const locale = negotiateLocale(readLanguagePreference(), navigator.languages)
  if (locale !== 'en' && locale !== 'en-XA') void loadCatalog(locale)
  const { startApp } = await import('@/boot/start-app')
  await startApp(early)
}

void boot()
