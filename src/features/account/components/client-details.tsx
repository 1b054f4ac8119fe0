import { Trans, useLingui } from '@lingui/react/macro'
import type { ReactNode } from 'react'
import { formatDateTime } from '@/lib/format/date'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'
import { clientQuery } from '../api/client-query'
import { PostalAddress } from './postal-address'

function NotProvided() {
  return (
    <span className="muted">
      <Trans>Not provided</Trans>
    </span>
  )
}

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
  const { t } = useLingui()
  const { data: client } = usePrefetchedQuery(clientQuery(clientId))
  return (
    <dl className="details">
      <Field label={t`Name`}>{client.name}</Field>
      <Field label={t`Company`}>{client.company ?? <NotProvided />}</Field>
      <Field label={t`Email`}>{client.email}</Field>
      <Field label={t`Phone`}>{client.phone ?? <NotProvided />}</Field>
      <Field label={t`Address`}>{client.address ? <PostalAddress address={client.address} /> : <NotProvided />}</Field>
      <Field label={t`Last visit to the portal`}>
        {client.portal_last_seen ? (
          formatDateTime(client.portal_last_seen)
        ) : (
          <span className="muted">
            <Trans>This is your first visit</Trans>
          </span>
        )}
      </Field>
    </dl>
  )
}
