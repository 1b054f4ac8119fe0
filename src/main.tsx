import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
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
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void startMockApiIfEnabled().then(render)
