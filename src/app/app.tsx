import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { RouterProvider } from 'react-router-dom'
import { createQueryClient } from '@/lib/api/query-client'
import { followSessionEnd } from './follow-session-end'
import { createAppRouter } from './router'

export function App() {
  // Created once per app mount: loaders and components must share one cache.
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createAppRouter(queryClient))
  useEffect(() => followSessionEnd(router, queryClient), [router, queryClient])

  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
