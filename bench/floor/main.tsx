/*
 * The stack's floor: the smallest app of the portal's stack that does what a page of it does — a data
 * router (react-router-dom), a query cache (@tanstack/react-query) and the typed API client
 * (openapi-fetch) rendering one list from the API. The benchmark builds it with the portal's own Vite
 * config and compares the portal's initial JavaScript with this one's. It is built, never served.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import createClient from 'openapi-fetch'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router-dom'
import type { paths } from '../../src/lib/api/schema'

const api = createClient<paths>({ baseUrl: '/v1' })
const queryClient = new QueryClient()

function InvoiceList() {
  const { data, error } = useQuery({
    queryKey: ['invoices'],
    queryFn: async () => {
      const { data, error } = await api.GET('/invoices')
      if (error) throw new Error(error.error.message)
      return data.data
    },
  })
  if (error) return <p role="alert">{error.message}</p>
  if (!data) return <p aria-busy="true">Loading…</p>
  return (
    <ul>
      {data.map((invoice) => (
        <li key={invoice.id}>{invoice.number}</li>
      ))}
    </ul>
  )
}

const router = createBrowserRouter([{ path: '/', element: <InvoiceList /> }])

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
