/*
 * The stack's floor: the smallest app of the portal's stack that does what a page of it does — a data
 * router (react-router-dom), a query cache (@tanstack/react-query) and the typed API client
 * (openapi-fetch) rendering one list from the API, asked for the documented way: the list names the
 * client (`GET /invoices?client_id=…`, which a client's token is refused without), so `GET /me` comes
 * first. The benchmark builds it with the portal's own Vite config and compares the portal's initial
 * JavaScript with this one's; it also serves it from the same server as the portal (under /floor/)
 * and runs Lighthouse on it beside the portal, to compare their paints.
 *
 * Served, it holds an access token the benchmark got for it (sessionStorage, BENCH_TOKEN_KEY), as the
 * portal holds its refresh token there: two round trips before the list, /me then /invoices, as the
 * portal's overview has two (the refresh, then /me beside the lists). It does nothing else.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import createClient from 'openapi-fetch'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router-dom'
import type { paths } from '../../src/lib/api/schema'

/** Where the benchmark leaves the floor's access token (bench/lib/floor.mjs). */
const BENCH_TOKEN_KEY = 'bench.floor.accessToken'
const token = sessionStorage.getItem(BENCH_TOKEN_KEY)
// The API where the portal's build calls it (the benchmark may put it on another origin), else this one.
const api = createClient<paths>({
  baseUrl: (import.meta.env.VITE_API_BASE_URL as string | undefined) || '/v1',
  headers: token ? { Authorization: `Bearer ${token}` } : {},
})
const queryClient = new QueryClient()

function InvoiceList() {
  const me = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      const { data, error } = await api.GET('/me')
      if (error) throw new Error(error.error.message)
      return data
    },
  })
  const clientId = me.data?.client_id
  const invoices = useQuery({
    queryKey: ['invoices', clientId],
    enabled: clientId !== undefined,
    queryFn: async () => {
      const { data, error } = await api.GET('/invoices', { params: { query: { client_id: clientId } } })
      if (error) throw new Error(error.error.message)
      return data.data
    },
  })
  const error = me.error ?? invoices.error
  if (error) return <p role="alert">{error.message}</p>
  if (!invoices.data) return <p aria-busy="true">Loading…</p>
  return (
    <ul>
      {invoices.data.map((invoice) => (
        <li key={invoice.id}>{invoice.number}</li>
      ))}
    </ul>
  )
}

// Any path: the benchmark serves the floor under /floor/.
const router = createBrowserRouter([{ path: '*', element: <InvoiceList /> }])

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
