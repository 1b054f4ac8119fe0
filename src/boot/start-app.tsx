import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { followSessionEnd } from '@/app/follow-session-end'
import { createAppRouter } from '@/app/router'
import { createQueryClient } from '@/lib/api/query-client'
import { activateLocale, initialLocale } from '@/lib/i18n/i18n'
import type { EarlyRequests } from './early-requests'
import { readyForFirstCommit } from './first-commit'

type AppRouter = ReturnType<typeof createAppRouter>

/** Resolves once the router's first navigation is done: its loaders ran, its route modules loaded. */
function firstNavigationDone(router: AppRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve()
  return new Promise((done) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return
      stop()
      done()
    })
  })
}

/**
 * The app proper, loaded by main.tsx after the boot sent its requests (index.html preloads this chunk
 * and the route chunks, so nothing waits on another). The cache adopts those requests before the
 * router exists, so the loaders join them instead of sending their own.
 *
 * React renders once the first navigation is done and the answers it needs are in (or their grace is
 * over: first-commit.ts): until then index.html's static shell stays on screen, and React's first
 * commit swaps it for the page itself, with its figures, rather than for a "Loading…" line, then
 * skeletons, then figures that push the panels below them down as each lands.
 */
export async function startApp(early: EarlyRequests): Promise<void> {
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const queryClient = createQueryClient()
  early.adoptInto(queryClient)
  const router = createAppRouter(queryClient)
  followSessionEnd(router, queryClient)
  // The catalog of a language other than English was asked for by the boot, with this chunk.
  await Promise.all([firstNavigationDone(router), activateLocale(initialLocale())])
  await readyForFirstCommit(queryClient, early)
  const root = createRoot(container)
  // As a transition, React renders the whole page in slices and yields between them (it has all its
  // data at once now, so a single render would be one long task), then commits it in one go.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    ),
  )
}
