import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider } from 'react-router-dom'
import type { createAppRouter } from './router'

/**
 * The providers around the router. The router and the cache are made once, outside React (see
 * main.tsx): a router starts its loaders as soon as it exists, and StrictMode would make two.
 */
export function App({ queryClient, router }: { queryClient: QueryClient; router: ReturnType<typeof createAppRouter> }) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
