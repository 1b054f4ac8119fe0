import { Link } from 'react-router-dom'

/** Unknown and other clients' invoices look the same: the API does not say which it was, nor do we. */
export function InvoiceNotFound() {
  return (
    <>
      <h1>Invoice not found</h1>
      <p>There is no invoice at this address that is shared with you. The link may be incomplete.</p>
      <p>
        <Link to="/invoices">See all your invoices</Link>
      </p>
    </>
  )
}
