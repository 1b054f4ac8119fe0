import type { ReactNode } from 'react'
import { formatDateTime } from '@/lib/format/date'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { clientQuery } from '../api/client-query'
import { PostalAddress } from './postal-address'

const NOT_PROVIDED = <span className="muted">Not provided</span>

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd className="break-anywhere">{children}</dd>
    </div>
  )
}

/** The client's record as the agency holds it; missing details say so rather than leaving a gap. */
export function ClientDetails({ clientId }: { clientId: string }) {
  const { data: client } = usePrefetchedQuery(clientQuery(clientId))
  return (
    <dl className="details">
      <Field label="Name">{client.name}</Field>
      <Field label="Company">{client.company ?? NOT_PROVIDED}</Field>
      <Field label="Email">{client.email}</Field>
      <Field label="Phone">{client.phone ?? NOT_PROVIDED}</Field>
      <Field label="Address">{client.address ? <PostalAddress address={client.address} /> : NOT_PROVIDED}</Field>
      <Field label="Last visit to the portal">
        {client.portal_last_seen ? formatDateTime(client.portal_last_seen) : <span className="muted">This is your first visit</span>}
      </Field>
    </dl>
  )
}
