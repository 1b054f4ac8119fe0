import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import { followSessionEnd } from '@/app/follow-session-end'
import { createAppRouter } from '@/app/router'
import { createQueryClient } from '@/lib/api/query-client'
import './styles.css'

/*
 * The mock worker must be running before the router exists, because route loaders fetch at once.
 * The check is on the literal env value so that a build with mocking off drops the import entirely.
 */
async function startMockApiIfEnabled(): Promise<void> {
  if (import.meta.env.VITE_API_MOCKING !== 'on') return
  const { startMockApi } = await import('../mocks/browser')
  await startMockApi()
}

function render(): void {
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const queryClient = createQueryClient()
  const router = createAppRouter(queryClient)
  followSessionEnd(router, queryClient)
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  )
}

void startMockApiIfEnabled().then(render)
