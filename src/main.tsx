import { startEarlyRequests } from '@/boot/early-requests'
import { markShell } from '@/boot/shell'
import { session } from '@/lib/auth/session'
import './styles.css'

/*
 * The portal's entry, kept small so that it runs early: React, the router and React Query are in the
 * chunk it imports last (src/boot/start-app.tsx), which index.html preloads beside it. Before that
 * chunk has even arrived, this fits the static shell to the page and sends the page's first requests.
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
  const { startApp } = await import('@/boot/start-app')
  await startApp(early)
}

void boot()
