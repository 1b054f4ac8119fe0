import { StrictMode, useEffect, useRef, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { db } from '../db'
import { payInvoice } from '../payments'
import { restoreServerState, saveServerState } from '../server-state-storage'
import { findCheckoutInvoice, formatAmount, type CheckoutInvoice } from './checkout-invoice'

/*
 * The fake Stripe Checkout, for mock mode only: it is not an entry of the production build. The fake
 * API hands out links to it (mocks/fake-checkout.ts); paying here records the payment in the fake
 * server's shared state, which the portal's tab reads on its next request.
 */
const PROBLEMS = {
  unknown: ['This checkout link is not valid', 'No invoice matches this link. Open the invoice in the portal and press Pay again.'],
  paid: ['This invoice is already paid', 'Nothing is left to pay on it. Thank you!'],
  'not-payable': ['This invoice cannot be paid', 'It is not open for payment. Please contact the agency that sent it.'],
} as const

function Merchant() {
  return <p className="merchant">{db.workspace.name}</p>
}

function Paid({ invoice }: { invoice: CheckoutInvoice }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <main className="checkout">
      <Merchant />
      <h1 ref={heading} tabIndex={-1}>
        Payment received
      </h1>
      <p>
        {formatAmount(invoice.amountDue, invoice.currency)} for invoice {invoice.number} was paid.
      </p>
      <p>
        <a href={`/invoices/${encodeURIComponent(invoice.id)}`}>Return to the portal</a>
      </p>
      <p className="muted">Or close this tab: the portal shows the invoice paid when you go back to it.</p>
    </main>
  )
}

function Checkout({ invoice }: { invoice: CheckoutInvoice }) {
  const [state, setState] = useState<'ready' | 'paid' | 'failed'>('ready')
  const amount = formatAmount(invoice.amountDue, invoice.currency)

  function pay() {
    restoreServerState() // another tab may have paid it meanwhile
    const paid = payInvoice(invoice.id)
    saveServerState()
    setState(paid ? 'paid' : 'failed')
  }

  if (state === 'paid') return <Paid invoice={invoice} />
  return (
    <main className="checkout">
      <Merchant />
      <h1>Pay {db.workspace.name}</h1>
      <dl className="summary">
        <dt>Invoice</dt>
        <dd>{invoice.number}</dd>
        <dt>Billed to</dt>
        <dd>{invoice.clientName}</dd>
        <dt>Amount due</dt>
        <dd className="amount">{amount}</dd>
      </dl>
      <section aria-labelledby="method" className="method">
        <h2 id="method">Payment method</h2>
        <p>Test card •••• 4242, expires 12/34</p>
      </section>
      <button type="button" onClick={pay}>
        Pay {amount}
      </button>
      {state === 'failed' && <p role="alert">This invoice can no longer be paid. It may have been paid in another tab.</p>}
      <p className="mock-note">Mock checkout for development: no card is charged and no money moves.</p>
    </main>
  )
}

function Problem({ problem }: { problem: keyof typeof PROBLEMS }) {
  const [title, detail] = PROBLEMS[problem]
  return (
    <main className="checkout">
      <Merchant />
      <h1>{title}</h1>
      <p role="alert">{detail}</p>
    </main>
  )
}

restoreServerState()
const lookup = findCheckoutInvoice(new URLSearchParams(window.location.search).get('invoice'))
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>{'invoice' in lookup ? <Checkout invoice={lookup.invoice} /> : <Problem problem={lookup.problem} />}</StrictMode>,
)
