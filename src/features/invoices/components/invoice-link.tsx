import { useQueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { PrefetchLink } from '@/components/prefetch-link'
import { invoiceQueries } from '../api/invoice-queries'

/** A link to an invoice's page that starts loading the invoice when it is hovered or focused. */
export function InvoiceLink({ invoiceId, children }: { invoiceId: string; children: ReactNode }) {
  const queryClient = useQueryClient()
  return (
    <PrefetchLink
      to={`/invoices/${encodeURIComponent(invoiceId)}`}
      prefetch={() => void queryClient.prefetchQuery(invoiceQueries.detail(invoiceId))}
    >
      {children}
    </PrefetchLink>
  )
}
