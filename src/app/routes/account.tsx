import { Trans, useLingui } from '@lingui/react/macro'
import type { QueryClient } from '@tanstack/react-query'
import { QueryBoundary } from '@/components/query-boundary'
import { Skeleton } from '@/components/ui/skeleton'
import { ClientDetails, clientQuery, meQuery } from '@/features/account'
import { usePrefetchedQuery } from '@/lib/api/prefetched-query'

/** The client id comes from /me, which the shell has already loaded, so this adds no round trip. */
export const accountLoader = (queryClient: QueryClient) => async () => {
  const me = await queryClient.ensureQueryData(meQuery)
  void queryClient.prefetchQuery(clientQuery(me.client_id))
  return null
}

export function AccountPage() {
  const { t } = useLingui()
  const { data: me } = usePrefetchedQuery(meQuery)
  const { email } = me
  const workspaceName = me.workspace.name
  return (
    <>
      <h1>
        <Trans>Account</Trans>
      </h1>
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">
          <Trans>Your details</Trans>
        </h2>
        <QueryBoundary loading={<Skeleton label={t`Loading your details`} lines={5} />}>
          <ClientDetails clientId={me.client_id} />
        </QueryBoundary>
        <p className="muted">
          <Trans>
            To change these details, contact <bdi>{workspaceName}</bdi>.
          </Trans>{' '}
          <Trans>
            You are signed in as <bdi>{email}</bdi>.
          </Trans>
        </p>
      </section>
    </>
  )
}
