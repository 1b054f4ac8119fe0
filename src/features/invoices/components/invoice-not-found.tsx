import { Trans } from '@lingui/react/macro'
import { Link } from 'react-router-dom'

/** Unknown and other clients' invoices look the same: the API does not say which it was, nor do we. */
export function InvoiceNotFound() {
  return (
    <>
      <h1>
        <Trans>Invoice not found</Trans>
      </h1>
      <p>
        <Trans>There is no invoice at this address that is shared with you. The link may be incomplete.</Trans>
      </p>
      <p>
        <Link to="/invoices">
          <Trans>See all your invoices</Trans>
        </Link>
      </p>
    </>
  )
}
