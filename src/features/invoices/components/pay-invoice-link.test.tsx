import { screen } from '@testing-library/react'
import { db } from '../../../../mocks/db'
import { SEED } from '../../../../mocks/seed'
import { renderRoute } from '@/test/render-route'
import { signInAs } from '@/test/sign-in-as'

/* The invoice page with the payment_url the API gives, under the default VITE_PAYMENT_ORIGINS (Stripe Checkout). */

async function openInvoiceWithPaymentUrl(paymentUrl: string) {
  const invoice = db.invoices.find((inv) => inv.id === SEED.invoices.ordinaryPartlyPaidOverdue)!
  invoice.payment_url = paymentUrl
  signInAs(SEED.users.ordinary)
  renderRoute(`/invoices/${invoice.id}`)
  expect(await screen.findByRole('heading', { level: 1, name: `Invoice ${invoice.number}` })).toBeInTheDocument()
}

describe('the Pay link', () => {
  it('leads to Stripe Checkout', async () => {
    await openInvoiceWithPaymentUrl('https://checkout.stripe.com/c/pay/cs_test_42')
    expect(screen.getByRole('link', { name: /^Pay / })).toHaveAttribute('href', 'https://checkout.stripe.com/c/pay/cs_test_42')
  })

  it.each([
    'https://checkout.stripe.com@evil.example/',
    'https://checkout.stripe.com.evil.example/pay',
    'https://user:pw@checkout.stripe.com/x',
    'https://pay.agency.example/i/inv_1',
  ])('is not offered for %s: the client is told to arrange payment', async (paymentUrl) => {
    await openInvoiceWithPaymentUrl(paymentUrl)
    expect(screen.queryByRole('link', { name: /^Pay / })).not.toBeInTheDocument()
    expect(screen.getByText('Online payment is not available for this invoice. Please contact us to arrange payment.')).toBeInTheDocument()
  })
})
